/// The kinds of action of an integrated improvement plan, in the order the methodology takes them:
/// people first, then process, inventory and quality systems, and only then investment.
public enum ImprovementCategory: String, Choice, Codable {
    case training
    case processLayout = "process_layout"
    case inventory
    case totalQuality = "total_quality"
    case investment

    public var label: Phrase {
        switch self {
        case .training: L("Training (leadership, teamwork, planning, production and quality techniques)")
        case .processLayout: L("Process and layout changes (cycle time, cost)")
        case .inventory: L("Inventory reduction")
        case .totalQuality: L("Total quality system")
        case .investment: L("Small investment")
        }
    }

    public var order: Int { Self.allCases.firstIndex(of: self)! }
    public var isLowCost: Bool { self != .investment }
}
