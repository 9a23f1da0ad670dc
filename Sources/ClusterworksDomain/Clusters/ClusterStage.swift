/// The stages of the cluster development cycle, in order.
public enum ClusterStage: String, Choice {
    case selection
    case diagnostic
    case trustBuilding = "trust_building"
    case actionPlanning = "action_planning"
    case implementation
    case selfGovernance = "self_governance"

    public var label: Phrase {
        switch self {
        case .selection: L("Selection")
        case .diagnostic: L("Diagnostic")
        case .trustBuilding: L("Trust building")
        case .actionPlanning: L("Action planning")
        case .implementation: L("Implementation")
        case .selfGovernance: L("Self-governance")
        }
    }
}
