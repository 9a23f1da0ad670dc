/// How one field is typed, bounded and shown.
public enum FieldKind: Sendable {
    case text(maxLength: Int)
    case longText(maxLength: Int)
    case email
    case integer(ClosedRange<Int>)
    case decimal(ClosedRange<Double>)
    case date
    case boolean
    case choice([ChoiceOption])
    /// Several values from a closed list (lines of work).
    case choices([ChoiceOption])
    /// Free-text items (products, funders), each bounded.
    case textList(maxItems: Int, maxLength: Int)
    /// ISO 3166-1 alpha-2 codes; whether a code exists is checked against the country registry.
    case countryCode
    case countryCodes
    /// The id of another record of the given type.
    case reference(RecordType)
    /// Several records of the given type (the actors who took part in an event).
    case references(RecordType)
    /// Values per category of breakdown dimensions, kept as `dimension.category=value` lines; the
    /// API sends `{"sex": {"female": 60, "male": 50}}`.
    case breakdown
}

/// The registries whose records reference each other.
public enum RecordType: String, Sendable, CaseIterable {
    case country, project, actor, person, cluster, network, membership, user
    case diagnostic, perception, chainStage = "chain_stage", linkage, event
    case actionPlan = "action_plan", action, contribution, planReview = "plan_review"
    case indicator, result, dimension, reportingPeriod = "reporting_period"
    case handoverPlan = "handover_plan", readinessItem = "readiness_item", brokerCostStep = "broker_cost_step"
    case netAssessment = "net_assessment", netTarget = "net_target", phaseDecision = "phase_decision"
    case networkRules = "network_rules", businessPlan = "business_plan", jointProject = "joint_project"
    case projectContribution = "project_contribution", networkRelation = "network_relation"
    case supplierEvaluation = "supplier_evaluation", clientProfile = "client_profile"
    case improvementPlan = "improvement_plan", improvementAction = "improvement_action", partnershipDecision = "partnership_decision"
    case roundTable = "round_table", linkageUnit = "linkage_unit", feeYear = "fee_year"
    case broker, brokerEmployment = "broker_employment", brokerAssignment = "broker_assignment"
    case course, cohort, cohortParticipant = "cohort_participant"
    case cooperationAgreement = "cooperation_agreement", cooperationActivity = "cooperation_activity"
    case learningEdition = "learning_edition", learningParticipant = "learning_participant", actionIdea = "action_idea"

    /// Words a message uses for the type.
    public var noun: String {
        switch self {
        case .chainStage: "value chain stage"
        case .actionPlan: "action plan"
        case .planReview: "plan review"
        case .result: "result entry"
        case .dimension: "breakdown dimension"
        case .reportingPeriod: "reporting period"
        case .handoverPlan: "handover plan"
        case .readinessItem: "readiness item"
        case .brokerCostStep: "broker cost step"
        case .netAssessment: "NET assessment"
        case .netTarget: "NET target"
        case .phaseDecision: "phase decision"
        case .networkRules: "version of the rules"
        case .businessPlan: "business plan"
        case .jointProject: "joint project"
        case .projectContribution: "contribution"
        case .networkRelation: "relation"
        case .supplierEvaluation: "supplier evaluation"
        case .clientProfile: "client profile"
        case .improvementPlan: "improvement plan"
        case .improvementAction: "improvement action"
        case .partnershipDecision: "partnership decision"
        case .roundTable: "round table"
        case .linkageUnit: "linkage unit"
        case .feeYear: "year of fees"
        case .brokerEmployment: "employment"
        case .brokerAssignment: "broker assignment"
        case .cohortParticipant: "course participant"
        case .cooperationAgreement: "cooperation agreement"
        case .cooperationActivity: "cooperation activity"
        case .learningEdition: "joint learning programme"
        case .learningParticipant: "participant"
        case .actionIdea: "action idea"
        default: rawValue
        }
    }
}
