/// The kinds of action of an integrated improvement plan, in the order the methodology takes them:
/// people first, then process, inventory and quality systems, and only then investment.
public enum ImprovementCategory: String, Choice, Codable {
    case training
    case processLayout = "process_layout"
    case inventory
    case totalQuality = "total_quality"
    case investment

    public var label: String {
        switch self {
        case .training: "Training (leadership, teamwork, planning, production and quality techniques)"
        case .processLayout: "Process and layout changes (cycle time, cost)"
        case .inventory: "Inventory reduction"
        case .totalQuality: "Total quality system"
        case .investment: "Small investment"
        }
    }

    public var order: Int { Self.allCases.firstIndex(of: self)! }
    public var isLowCost: Bool { self != .investment }
}
