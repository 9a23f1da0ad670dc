/// The five phases of a horizontal network, in order.
public enum NetworkPhase: String, Choice {
    case promotion
    case strategicPlanning = "strategic_planning"
    case pilotProjects = "pilot_projects"
    case strategicProjects = "strategic_projects"
    case selfManagement = "self_management"

    public var label: Phrase {
        switch self {
        case .promotion: L("1 · Promotion and motivation")
        case .strategicPlanning: L("2 · Strategic planning")
        case .pilotProjects: L("3 · Pilot projects")
        case .strategicProjects: L("4 · Strategic projects")
        case .selfManagement: L("5 · Self-management")
        }
    }
}
