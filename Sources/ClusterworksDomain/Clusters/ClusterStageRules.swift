/// When a cluster may move into a stage. Each stage needs what the ones before it needed, and more:
/// a diagnostic is started before trust building, validated before the action plan, and so on.
/// Moving back (to correct a mistake or restart a phase) is always allowed.
public enum ClusterStageRules {
    /// What is missing for the cluster to be in `target`; empty when it may be.
    public static func missing(for target: ClusterStage, from current: ClusterStage, _ f: ClusterFacts) -> [Phrase] {
        guard target.order > current.order else { return [] }
        return ClusterStage.allCases.filter { $0.order <= target.order }.flatMap { conditions($0, f) }
    }

    static func conditions(_ stage: ClusterStage, _ f: ClusterFacts) -> [Phrase] {
        var out: [Phrase] = []
        switch stage {
        case .selection: break
        case .diagnostic:
            if !f.inProject { out.append(L("the cluster must belong to a project that selected it")) }
        case .trustBuilding:
            if !f.diagnosticStarted { out.append(L("a diagnostic study must be started")) }
        case .actionPlanning:
            if !f.diagnosticValidated { out.append(L("the diagnostic must be validated with the stakeholders")) }
            if f.events == 0 { out.append(L("at least one trust-building event must be recorded")) }
        case .implementation:
            if !f.hasPlan { out.append(L("an action plan with a vision must be recorded")) }
            if f.actionsWithLead == 0 { out.append(L("the plan needs at least one action with a lead actor")) }
        case .selfGovernance:
            if !f.handoverInstitution { out.append(L("a handover plan must name the local institution taking over")) }
            if f.readinessItems == 0 { out.append(L("the handover plan needs a readiness checklist")) }
            else if f.readinessMet < f.readinessItems {
                let open = f.readinessItems - f.readinessMet
                out.append(f.readinessUnmet.isEmpty ? L("\(open) of \(f.readinessItems) readiness conditions are not yet met")
                                                    : L("\(open) of \(f.readinessItems) readiness conditions are not yet met: \(Phrase.names(f.readinessUnmet, separator: "; "))"))
            }
            if let day = f.fullTakeover {
                if day > f.today { out.append(L("the institution pays the whole broker cost only from \(day)")) }
            } else { out.append(L("the broker cost schedule must reach 0 % for the project")) }
        }
        return out
    }

    /// The next stage and what it still needs: what the cluster page tells the broker.
    public static func next(after current: ClusterStage, _ f: ClusterFacts) -> (stage: ClusterStage, missing: [Phrase])? {
        guard let next = ClusterStage.allCases.first(where: { $0.order == current.order + 1 }) else { return nil }
        return (next, missing(for: next, from: current, f))
    }
}

extension ClusterStage {
    public var order: Int { Self.allCases.firstIndex(of: self)! }
}
