import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Recording a plan–do–check–act review: the review, the version of the plan it closes, the
/// progress it reports and the actions' new status are written together or not at all.
package enum PlanReviews {
    /// Reads one action's reported progress; blank status means the action was not reported on.
    package static func parse(_ id: UUID, _ raw: [String: RawInput], into errors: inout ValidationErrors) -> ActionProgress? {
        let key = PlanReviewRules.progressKey(id)
        guard let statusRaw = raw["status"], case .text(let s) = statusRaw, !s.isEmpty else { return nil }
        guard let status = ActionStatus(rawValue: s) else { errors.add(key, L("status must be one of: \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", "))")); return nil }
        var percent: Int?
        switch raw["percent"] {
        case .number(let d)? where d == d.rounded() && abs(d) <= 1000: percent = Int(d)
        case .text(let t)? where t.trimmingCharacters(in: .whitespaces).isEmpty: percent = nil
        case .text(let t)? where Int(t.trimmingCharacters(in: .whitespaces)) != nil: percent = Int(t.trimmingCharacters(in: .whitespaces))
        case nil, .null?: percent = nil
        default: errors.add(key, L("progress must be a whole number of percent")); return nil
        }
        var note: String?
        if case .text(let n)? = raw["note"], !n.trimmingCharacters(in: .whitespaces).isEmpty { note = n }
        return ActionProgress(actionId: id, status: status, percentComplete: percent, note: note)
    }

    package static func record(_ input: [String: RawInput], progress rawProgress: [UUID: [String: RawInput]], in cluster: ClusterModel,
                               by acting: Acting, today: CalendarDate, on db: any Database) async throws -> PlanReviewModel {
        guard try await RecordKinds.clusters.canEdit(acting.principal, cluster, on: db) else {
            throw Refusal.forbidden(L("You may not change this cluster's reviews."))
        }
        let clusterId = try cluster.requireID()
        guard let plan = try await ActionPlanModel.owned(by: .cluster, clusterId, on: db).first() else {
            throw FieldErrors(errors: .init(field: "reviewedOn", L("there is no action plan to review yet")))
        }
        let values = try await RecordValidation.values(PlanReviewSchema.schema, input, today: today, on: db)
        let actions = try await ActionModel.owned(by: .cluster, clusterId, on: db).all()
        let reviews = try await PlanReviewModel.owned(by: .cluster, clusterId, on: db).all()
        var errors = ValidationErrors()
        let progress = rawProgress.keys.sorted { $0.uuidString < $1.uuidString }.compactMap { Self.parse($0, rawProgress[$0]!, into: &errors) }
        errors.merge(PlanReviewRules.check(reviewedOn: values["reviewedOn"]!.date!, adoptedOn: CalendarDate(plan.adoptedOn),
                                           lastReview: reviews.compactMap { CalendarDate($0.reviewedOn) }.max(),
                                           today: today, progress: progress, actions: Set(actions.compactMap(\.id))))
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        let version = PlanReviewRules.versionReviewed(previousReviews: reviews.count)
        let before = actions.compactMap(\.snapshot)
        let snapshot = PlanSnapshot(version: version, vision: plan.vision, objectives: plan.objectives.split(separator: "\n").map(String.init),
                                    actions: PlanReviewRules.apply(progress, to: before))
        let author = acting.author
        return try await db.transaction { tx in
            let review = try await RecordWriter.create(PlanReviewModel.self, values: values, by: author, on: tx) {
                $0.clusterId = clusterId; $0.version = version
                try? $0.store(progress: progress, snapshot: snapshot)
            }
            // Act: each reported action takes its new status; the plan moves to the next version.
            for action in actions {
                guard let p = progress.first(where: { $0.actionId == action.id }) else { continue }
                var v = action.values
                v["status"] = .text(p.status.rawValue)
                if let pct = p.percentComplete ?? (p.status == .done ? 100 : nil) { v["percentComplete"] = .integer(pct) }
                try await RecordWriter.update(action, values: v, by: author, on: tx)
            }
            var pv = plan.values
            pv["version"] = nil
            plan.version = version + 1
            try await RecordWriter.update(plan, values: pv, by: author, on: tx)
            return review
        }
    }
}
