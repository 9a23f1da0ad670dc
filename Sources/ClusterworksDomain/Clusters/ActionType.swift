/// What kind of support an action of the plan is.
public enum ActionType: String, Choice {
    case training
    case technicalAssistance = "technical_assistance"
    case institutionalCapacity = "institutional_capacity"
    case policyRegulation = "policy_regulation"
    case jointMarketing = "joint_marketing"
    case qualityStandards = "quality_standards"
    case infrastructure
    case informationService = "information_service"
    case finance

    public var label: String {
        switch self {
        case .training: "Training"
        case .technicalAssistance: "Technical assistance"
        case .institutionalCapacity: "Institutional capacity building"
        case .policyRegulation: "Policy and regulation"
        case .jointMarketing: "Joint marketing"
        case .qualityStandards: "Quality and standards"
        case .infrastructure: "Infrastructure"
        case .informationService: "Information service"
        case .finance: "Finance"
        }
    }
}
