import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// A cluster's stage changes only when the domain's conditions hold on what is recorded of its
/// work; moving back is always allowed.
package enum ClusterStageMove {
    package static func check(_ w: RecordWrite<ClusterModel>) async throws -> ValidationErrors {
        guard let target = w.values.text("stage").flatMap(ClusterStage.init(rawValue:)) else { return .init() }
        let current = w.existing?.stage ?? .selection
        guard target != current else { return .init() }
        var facts = ClusterFacts(today: w.today)
        if let existing = w.existing { facts = try await ClusterStatus.load(existing, today: w.today, on: w.db).facts }
        facts.inProject = w.values.uuid("projectId") != nil
        let missing = ClusterStageRules.missing(for: target, from: current, facts)
        return missing.isEmpty ? .init() : .init(field: "stage", L("cannot move to \(target) yet: \(Phrase.list(missing))"))
    }
}
