/// The phases of a vertical network (supplier development), in order.
public enum VerticalPhase: String, Choice {
    case supplierEvaluation = "supplier_evaluation"
    case roundTables = "round_tables"
    case detailedAnalysis = "detailed_analysis"
    case improvementPlan = "improvement_plan"
    case partnershipDecision = "partnership_decision"

    public var label: String {
        switch self {
        case .supplierEvaluation: "1 · Supplier evaluation"
        case .roundTables: "2 · Round tables"
        case .detailedAnalysis: "3 · Detailed analysis"
        case .improvementPlan: "4 · Integrated improvement plans"
        case .partnershipDecision: "5 · Partnership decision"
        }
    }

    public var order: Int { Self.allCases.firstIndex(of: self)! }
}

/// What the vertical phase rules need to know.
public struct VerticalFacts: Sendable, Equatable {
    public var suppliersEvaluated = 0
    public var roundTablesWithRequirements = 0
    public var roundTablesWithAreas = 0
    public var firms = 0
    public var firmsWithPlan = 0
    /// Names of the current client and suppliers that have no improvement plan yet.
    public var firmsWithoutPlan: [String] = []
    /// Whether the client is among them: its own plan belongs to the method, not only its suppliers'.
    public var clientWithoutPlan = false
    public var improvementActionsDone = 0
    public var dissolved = false
    public init() {}
}

/// When a vertical network may enter a phase: one at a time, each with the work of the one before.
public enum VerticalPhaseRules {
    public static func conditions(_ phase: VerticalPhase) -> [String] {
        switch phase {
        case .supplierEvaluation: []
        case .roundTables: ["at least one supplier evaluated"]
        case .detailedAnalysis: ["a round table that agreed the client's requirements"]
        case .improvementPlan: ["a round table that identified the areas of improvement"]
        case .partnershipDecision: ["an improvement plan for every firm, the client included", "at least one improvement action done"]
        }
    }

    public static func missing(to target: VerticalPhase, from current: VerticalPhase, _ f: VerticalFacts) -> [String] {
        if f.dissolved { return ["the network was dissolved"] }
        guard target.order > current.order else { return [] }
        var out: [String] = []
        if target.order > current.order + 1 { out.append("it skips \(target.order - current.order - 1) phase(s); phases are taken one at a time") }
        switch target {
        case .supplierEvaluation: break
        case .roundTables: if f.suppliersEvaluated == 0 { out.append("no supplier has been evaluated") }
        case .detailedAnalysis: if f.roundTablesWithRequirements == 0 { out.append("no round table has recorded the client's requirements") }
        case .improvementPlan: if f.roundTablesWithAreas == 0 { out.append("no round table has recorded the areas of improvement") }
        case .partnershipDecision:
            if f.firms == 0 { out.append("the network has no current client or supplier to plan improvements with") }
            else if f.firmsWithPlan < f.firms {
                let client = f.clientWithoutPlan ? " The client plans its own improvements too: the method integrates its plan with its suppliers'." : ""
                out.append("\(f.firmsWithPlan) of \(f.firms) firms have an improvement plan; still without one: \(f.firmsWithoutPlan.joined(separator: ", ")).\(client)")
            }
            if f.improvementActionsDone == 0 { out.append("no improvement action is done yet") }
        }
        return out
    }
}
