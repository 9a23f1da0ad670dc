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
    public var noun: Phrase {
        switch self {
        case .chainStage: L("value chain stage")
        case .actionPlan: L("action plan")
        case .planReview: L("plan review")
        case .result: L("result entry")
        case .dimension: L("breakdown dimension")
        case .reportingPeriod: L("reporting period")
        case .handoverPlan: L("handover plan")
        case .readinessItem: L("readiness item")
        case .brokerCostStep: L("broker cost step")
        case .netAssessment: L("NET assessment")
        case .netTarget: L("NET target")
        case .phaseDecision: L("phase decision")
        case .networkRules: L("version of the rules")
        case .businessPlan: L("business plan")
        case .jointProject: L("joint project")
        case .projectContribution: L("contribution")
        case .networkRelation: L("relation")
        case .supplierEvaluation: L("supplier evaluation")
        case .clientProfile: L("client profile")
        case .improvementPlan: L("improvement plan")
        case .improvementAction: L("improvement action")
        case .partnershipDecision: L("partnership decision")
        case .roundTable: L("round table")
        case .linkageUnit: L("linkage unit")
        case .feeYear: L("year of fees")
        case .brokerEmployment: L("employment")
        case .brokerAssignment: L("broker assignment")
        case .cohortParticipant: L("course participant")
        case .cooperationAgreement: L("cooperation agreement")
        case .cooperationActivity: L("cooperation activity")
        case .learningEdition: L("joint learning programme")
        case .learningParticipant: L("participant")
        case .actionIdea: L("action idea")
        default: .verbatim(rawValue)
        }
    }
}
