import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

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
                errors.add("networkId", "must name a network of this cluster")
            }
            if owner.kind == .network, networkId != owner.id { errors.add("networkId", "must be this network, or left empty") }
        } else { subject = .owner(owner.kind) }
        if let d = v.uuid("diagnosticId") {
            if owner.kind != .cluster { errors.add("diagnosticId", "belongs to cluster figures only") }
            else if let frozen = try await DiagnosticVersions.frozen(d, db), existing?.diagnosticId != d { errors.add("diagnosticId", frozen.1) }
        }
        var q = ResultEntryModel.owned(by: owner.kind, owner.id, on: db).filter(\.$indicatorId == indicatorId)
        q = v.uuid("actorId").map { q.filter(\.$actorId == $0) } ?? q.filter(\.$actorId == nil)
        q = v.uuid("networkId").map { q.filter(\.$networkId == $0) } ?? q.filter(\.$networkId == nil)
        let others = try await q.all().filter { $0.id != existing?.id }.compactMap(\.figure)
        errors.merge(ResultEntryRules.check(v, indicator: indicator.rules(try await DimensionModel.all(on: db)), subject: subject, others: others))
        return errors
    }
}
