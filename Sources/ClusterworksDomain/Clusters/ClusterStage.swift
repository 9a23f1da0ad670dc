/// The stages of the cluster development cycle, in order.
public enum ClusterStage: String, Choice {
    case selection
    case diagnostic
    case trustBuilding = "trust_building"
    case actionPlanning = "action_planning"
    case implementation
    case selfGovernance = "self_governance"

    public var label: String {
        switch self {
        case .selection: "Selection"
        case .diagnostic: "Diagnostic"
        case .trustBuilding: "Trust building"
        case .actionPlanning: "Action planning"
        case .implementation: "Implementation"
        case .selfGovernance: "Self-governance"
        }
    }
}
