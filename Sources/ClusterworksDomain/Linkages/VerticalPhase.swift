/// The phases of a vertical network (supplier development), in order.
public enum VerticalPhase: String, Choice {
    case supplierEvaluation = "supplier_evaluation"
    case roundTables = "round_tables"
    case detailedAnalysis = "detailed_analysis"
    case improvementPlan = "improvement_plan"
    case partnershipDecision = "partnership_decision"

    public var label: Phrase {
        switch self {
        case .supplierEvaluation: L("1 · Supplier evaluation")
        case .roundTables: L("2 · Round tables")
        case .detailedAnalysis: L("3 · Detailed analysis")
        case .improvementPlan: L("4 · Integrated improvement plans")
        case .partnershipDecision: L("5 · Partnership decision")
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
    public static func conditions(_ phase: VerticalPhase) -> [Phrase] {
        switch phase {
        case .supplierEvaluation: []
        case .roundTables: [L("at least one supplier evaluated")]
        case .detailedAnalysis: [L("a round table that agreed the client's requirements")]
        case .improvementPlan: [L("a round table that identified the areas of improvement")]
        case .partnershipDecision: [L("an improvement plan for every firm, the client included"), L("at least one improvement action done")]
        }
    }

    public static func missing(to target: VerticalPhase, from current: VerticalPhase, _ f: VerticalFacts) -> [Phrase] {
        if f.dissolved { return [L("the network was dissolved")] }
        guard target.order > current.order else { return [] }
        var out: [Phrase] = []
        if target.order > current.order + 1 { out.append(L("it skips \(target.order - current.order - 1) phase(s); phases are taken one at a time")) }
        switch target {
        case .supplierEvaluation: break
        case .roundTables: if f.suppliersEvaluated == 0 { out.append(L("no supplier has been evaluated")) }
        case .detailedAnalysis: if f.roundTablesWithRequirements == 0 { out.append(L("no round table has recorded the client's requirements")) }
        case .improvementPlan: if f.roundTablesWithAreas == 0 { out.append(L("no round table has recorded the areas of improvement")) }
        case .partnershipDecision:
            if f.firms == 0 { out.append(L("the network has no current client or supplier to plan improvements with")) }
            else if f.firmsWithPlan < f.firms {
                out.append(L("\(f.firmsWithPlan) of \(f.firms) firms have an improvement plan; still without one: \(f.firmsWithoutPlan.joined(separator: ", "))."))
                if f.clientWithoutPlan { out.append(L("The client plans its own improvements too: the method integrates its plan with its suppliers'.")) }
            }
            if f.improvementActionsDone == 0 { out.append(L("no improvement action is done yet")) }
        }
        return out
    }
}
