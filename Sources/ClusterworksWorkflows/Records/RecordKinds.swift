import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The kinds of top-level record, described once for every workflow, page and API.
package enum RecordKinds {
    package static let countries = RecordKind<CountryModel>(singular: L("country"), access: .admin)
    package static let projects = RecordKind<ProjectModel>(singular: L("project"), access: .scoped(.project))
    package static let actors = RecordKind<ActorModel>(singular: L("actor"), access: .registry)
    package static let persons = RecordKind<PersonModel>(singular: L("person"), access: .registry)
    package static let users = RecordKind<UserModel>(singular: L("user"), access: .admin)
    package static let indicators: RecordKind<IndicatorModel> = {
        var kind = RecordKind<IndicatorModel>(singular: L("indicator"), access: .registry)
        kind.configureNew = { p in
            let status: IndicatorStatus = EditPolicy.canCurateLibrary(p) ? .accepted : .proposed
            return { $0.status = status }
        }
        kind.editableBy = { p, indicator in indicator.status == .proposed || EditPolicy.canCurateLibrary(p) }
        return kind
    }()
    package static let dimensions = RecordKind<DimensionModel>(
        singular: L("breakdown dimension"), access: .admin, writeRules: { w in try await DimensionRules.check(w) })

    package static let clusters = RecordKind<ClusterModel>(
        singular: L("cluster"), access: .scoped(.cluster),
        parentChain: { values, _ in values.uuid("projectId").map { [ScopeRef(.project, $0)] } ?? [] },
        writeRules: { w in
            var errors = try await ClusterStageMove.check(w)
            errors.mergeNew(try await PlaceRules.cluster(w.values, w.db))
            return errors
        })

    package static let networks = RecordKind<NetworkModel>(
        singular: L("network"), access: .scoped(.network),
        parentChain: { values, db in try await networkParents(values, db) },
        writeRules: { w in
            var errors = try await PlaceRules.network(w.values, w.db)
            // After a network is recorded its phase changes only by a decision, which checks the conditions.
            if let existing = w.existing, let phase = w.values.text("phase"), phase != existing.phase {
                errors.mergeNew(.init(field: "phase", L("changes by a recorded decision on the network's phase page")))
            }
            return errors
        })

    /// The kind of a model's records, if it is a top-level record.
    package static func kind<M: SchemaRecord>(of _: M.Type) -> RecordKind<M>? {
        let all: [any Sendable] = [countries, projects, actors, persons, users, indicators, dimensions, clusters, networks,
                                   brokers, brokerEmployments, brokerAssignments, courses, cohorts, cohortParticipants,
                                   cooperationAgreements, cooperationActivities, learningEditions, learningParticipants, actionIdeas]
        return all.lazy.compactMap { $0 as? RecordKind<M> }.first
    }

    /// A network sits in its cluster (and that cluster's project) and in its own project.
    package static func networkParents(_ values: RecordValues, _ db: any Database) async throws -> [ScopeRef] {
        var chain: [ScopeRef] = []
        if let clusterId = values.uuid("clusterId") {
            chain.append(ScopeRef(.cluster, clusterId))
            if let projectId = try await ClusterModel.find(clusterId, on: db)?.$project.id {
                chain.append(ScopeRef(.project, projectId))
            }
        }
        if let projectId = values.uuid("projectId") { chain.append(ScopeRef(.project, projectId)) }
        return chain
    }
}
