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

    public var label: Phrase {
        switch self {
        case .training: L("Training")
        case .technicalAssistance: L("Technical assistance")
        case .institutionalCapacity: L("Institutional capacity building")
        case .policyRegulation: L("Policy and regulation")
        case .jointMarketing: L("Joint marketing")
        case .qualityStandards: L("Quality and standards")
        case .infrastructure: L("Infrastructure")
        case .informationService: L("Information service")
        case .finance: L("Finance")
        }
    }
}
