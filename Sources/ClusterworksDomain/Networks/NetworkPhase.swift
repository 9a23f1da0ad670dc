/// The five phases of a horizontal network, in order.
public enum NetworkPhase: String, Choice {
    case promotion
    case strategicPlanning = "strategic_planning"
    case pilotProjects = "pilot_projects"
    case strategicProjects = "strategic_projects"
    case selfManagement = "self_management"

    public var label: String {
        switch self {
        case .promotion: "1 · Promotion and motivation"
        case .strategicPlanning: "2 · Strategic planning"
        case .pilotProjects: "3 · Pilot projects"
        case .strategicProjects: "4 · Strategic projects"
        case .selfManagement: "5 · Self-management"
        }
    }
}
