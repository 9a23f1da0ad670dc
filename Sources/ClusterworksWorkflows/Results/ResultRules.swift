import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Loads what the results framework's rules need — the indicator, the subject, the figures already
/// kept for the same indicator and subject — and asks the domain.
package enum ResultRules {
    package static func check(_ w: PartWrite<ClusterModel, ResultEntryModel>) async throws -> ValidationErrors {
        try await check(w.values, existing: w.existing, owner: ScopeRef(.cluster, w.ownerId), on: w.db)
    }

    package static func check(_ w: PartWrite<NetworkModel, ResultEntryModel>) async throws -> ValidationErrors {
        try await check(w.values, existing: w.existing, owner: ScopeRef(.network, w.ownerId), on: w.db)
    }

    /// For a cluster, a network named must be one of its networks; a network's figures are about
    /// the network itself or its member firms.
    package static func check(_ v: RecordValues, existing: ResultEntryModel?, owner: ScopeRef, on db: any Database) async throws -> ValidationErrors {
        guard let indicatorId = v.uuid("indicatorId"),
              let indicator = try await IndicatorModel.query(on: db).filter(\.$id == indicatorId).with(\.$dimensionList).first() else { return .init() }
        var errors = ValidationErrors()
        let subject: ResultSubject
        if let actorId = v.uuid("actorId"), let actor = try await ActorModel.find(actorId, on: db) {
            subject = .actor(actorId, actor.actorKind, actor.institutionType.flatMap(InstitutionType.init(rawValue:)))
        } else if let networkId = v.uuid("networkId") {
            subject = owner.kind == .network && networkId == owner.id ? .owner(.network) : .network(networkId)
            if owner.kind == .cluster, try await NetworkModel.find(networkId, on: db)?.$cluster.id != owner.id {
                errors.add("networkId", L("must name a network of this cluster"))
            }
            if owner.kind == .network, networkId != owner.id { errors.add("networkId", L("must be this network, or left empty")) }
        } else { subject = .owner(owner.kind) }
        if let d = v.uuid("diagnosticId") {
            if owner.kind != .cluster { errors.add("diagnosticId", L("belongs to cluster figures only")) }
            else if let frozen = try await DiagnosticVersions.frozen(d, db), existing?.diagnosticId != d { errors.add("diagnosticId", frozen.1) }
        }
        var q = ResultEntryModel.owned(by: owner.kind, owner.id, on: db).filter(\.$indicatorId == indicatorId)
        q = v.uuid("actorId").map { q.filter(\.$actorId == $0) } ?? q.filter(\.$actorId == nil)
        q = v.uuid("networkId").map { q.filter(\.$networkId == $0) } ?? q.filter(\.$networkId == nil)
        let kept = try await q.all().filter { $0.id != existing?.id && $0.figureStatus.counts }
        let corrected = v.uuid("correctionOf")
        if let corrected, let original = try await ResultEntryModel.find(corrected, on: db) {
            errors.merge(correctionProblems(original, v, indicatorId))
        }
        // The figure a correction replaces does not stand in its way (its date, its being the baseline).
        let others = kept.filter { $0.id != corrected }.compactMap(\.figure)
        errors.merge(try await periodProblems(v, owner: owner, on: db))
        errors.merge(ResultEntryRules.check(v, indicator: indicator.rules(try await DimensionModel.all(on: db)), subject: subject, others: others))
        return errors
    }

    /// Targets and measurements fall in a reporting period of the project, once it has a calendar;
    /// a baseline may come from before it (a diagnostic).
    static func periodProblems(_ v: RecordValues, owner: ScopeRef, on db: any Database) async throws -> ValidationErrors {
        guard v.text("kind") != ResultEntryKind.baseline.rawValue, let on = v["observedOn"]?.date,
              let project = try await project(of: owner, on: db) else { return .init() }
        let periods = try await ReportingPeriodModel.periods(of: project, on: db)
        guard let first = periods.first, let last = periods.last, ReportingPeriod.of(on, in: periods) == nil else { return .init() }
        return .init(field: "observedOn", L("falls outside every reporting period of the project (\(periods.count) periods from \(first.start) to \(last.end)); add the period to the project's calendar first"))
    }

    /// The project a cluster or network reports to.
    package static func project(of owner: ScopeRef, on db: any Database) async throws -> UUID? {
        switch owner.kind {
        case .project: return owner.id
        case .cluster: return try await ClusterModel.find(owner.id, on: db)?.$project.id
        case .network:
            guard let network = try await NetworkModel.find(owner.id, on: db) else { return nil }
            if let project = network.$project.id { return project }
            guard let cluster = network.$cluster.id else { return nil }
            return try await ClusterModel.find(cluster, on: db)?.$project.id
        }
    }

    /// A correction replaces an approved figure of the same indicator, subject and kind.
    static func correctionProblems(_ original: ResultEntryModel, _ v: RecordValues, _ indicatorId: UUID) -> ValidationErrors {
        var errors = ValidationErrors()
        if original.figureStatus != .approved {
            errors.add("correctionOf", L("must name an approved figure; this one is “\(original.figureStatus)”"))
        }
        if original.indicatorId != indicatorId || original.actorId != v.uuid("actorId") || original.networkId != v.uuid("networkId") || original.kind != v.text("kind") {
            errors.add("correctionOf", L("must name a figure of the same indicator, subject and kind"))
        }
        return errors
    }

    /// A submitted or approved figure no longer changes: the field and why.
    package static func frozen(_ figure: ResultEntryModel) -> (String, Phrase)? {
        FigureReview.frozen(figure.figureStatus).map { ("status", $0) }
    }

    /// A new figure starts as a draft.
    package static let newDraft: @Sendable (ResultEntryModel) -> Void = { $0.status = FigureStatus.draft.rawValue }
}
