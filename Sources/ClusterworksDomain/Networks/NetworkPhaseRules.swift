/// When a network may move to another phase. A move is one step forward (skipping needs an
/// override) and needs the conditions of the phase it enters; moving back needs only a reason.
/// A programme manager may override failing conditions with a recorded justification.
public enum NetworkPhaseRules {
    public static let minimumMembers = 3
    /// Self-management needs most indicators (4 of 7) at or above their target.
    public static let indicatorsForSelfManagement = 4

    /// What the phase itself asks, as the phase page documents it.
    public static func conditions(_ phase: NetworkPhase) -> [Phrase] {
        switch phase {
        case .promotion: []
        case .strategicPlanning: [L("at least \(minimumMembers) committed (current) members")]
        case .pilotProjects: [L("an adopted business plan")]
        case .strategicProjects: [L("a completed pilot project"), L("adopted written rules or statutes")]
        case .selfManagement: [L("a NET assessment with at least \(indicatorsForSelfManagement) of 7 indicators at or above target"),
                               L("the network no longer depends on the broker")]
        }
    }

    /// What stands in the way of moving from `current` to `target`; empty when it may.
    public static func missing(to target: NetworkPhase, from current: NetworkPhase, _ f: NetworkFacts) -> [Phrase] {
        if f.dissolved { return [L("the network was dissolved")] }
        guard target.order > current.order else { return [] }
        var out: [Phrase] = []
        if target.order > current.order + 1 { out.append(L("it skips \(target.order - current.order - 1) phase(s); phases are taken one at a time")) }
        switch target {
        case .promotion: break
        case .strategicPlanning:
            if f.currentMembers < minimumMembers { out.append(L("it has \(f.currentMembers) current members; at least \(minimumMembers) are needed")) }
        case .pilotProjects:
            if !f.businessPlanAdopted { out.append(L("no business plan has been adopted")) }
        case .strategicProjects:
            if f.completedPilotProjects == 0 { out.append(L("no pilot project has been completed")) }
            if !f.rulesAdopted { out.append(L("no written rules have been adopted")) }
        case .selfManagement:
            if let a = f.latestAssessment {
                if a.atOrAboveTarget < indicatorsForSelfManagement {
                    out.append(f.belowTarget.isEmpty
                        ? L("the latest NET assessment has \(a.atOrAboveTarget) of 7 indicators at or above target; \(indicatorsForSelfManagement) are needed")
                        : L("the latest NET assessment has \(a.atOrAboveTarget) of 7 indicators at or above target; \(indicatorsForSelfManagement) are needed (below target: \(Phrase.list(f.belowTarget, separator: ", ")))"))
                }
                if a.dependsOnBroker { out.append(L("the latest NET assessment finds the network still depends on the broker")) }
            } else { out.append(L("the network has no NET assessment")) }
        }
        return out
    }
}

extension NetworkPhase {
    public var order: Int { Self.allCases.firstIndex(of: self)! }
}
