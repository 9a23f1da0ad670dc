import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Who may write a kind of record.
package enum WriteAccess: Sendable {
    /// Projects, clusters and networks: by role and assignment along the record's chain.
    case scoped(ScopeKind)
    /// Actors and persons: the shared registry of the field roles.
    case registry
    /// Reference data: admins only.
    case admin
}

/// What a rule beyond the schema may look at for a record: the values about to be written, the
/// record they replace and today.
package struct RecordWrite<M: SchemaRecord>: @unchecked Sendable {
    package let values: RecordValues
    package let existing: M?
    package let today: CalendarDate
    package let db: any Database
}

/// A kind of top-level record (project, cluster, network…) as the workflows know it: who may
/// write it, what it sits under, and the rules a write must keep beyond its schema.
package struct RecordKind<M: SchemaRecord>: Sendable {
    package let singular: String
    package let access: WriteAccess
    /// The scopes containing a record with these values (a cluster's project).
    package var parentChain: @Sendable (RecordValues, any Database) async throws -> [ScopeRef] = { _, _ in [] }
    /// Rules that need other records (a cluster's stage needs its diagnostic validated first).
    package var writeRules: @Sendable (RecordWrite<M>) async throws -> ValidationErrors = { _ in .init() }
    /// What a new record takes from who makes it (a broker's indicator is a proposal).
    package var configureNew: @Sendable (Principal) -> @Sendable (M) -> Void = { _ in { _ in } }
    /// A further say on who edits a given record (an accepted indicator is the programme managers').
    package var editableBy: @Sendable (Principal, M) -> Bool = { _, _ in true }

    package init(singular: String, access: WriteAccess,
                 parentChain: @escaping @Sendable (RecordValues, any Database) async throws -> [ScopeRef] = { _, _ in [] },
                 writeRules: @escaping @Sendable (RecordWrite<M>) async throws -> ValidationErrors = { _ in .init() }) {
        self.singular = singular
        self.access = access
        self.parentChain = parentChain
        self.writeRules = writeRules
    }

    package var schema: RecordSchema { M.recordSchema }
    package var isScoped: Bool { if case .scoped = access { true } else { false } }

    package func chain(of record: M, on db: any Database) async throws -> [ScopeRef] {
        var chain = try await parentChain(record.values, db)
        if case .scoped(let kind) = access, let id = record.id { chain.insert(ScopeRef(kind, id), at: 0) }
        return chain
    }

    package func canCreate(_ p: Principal, values: RecordValues, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canCreate(p, schema.type, parentChain: try await parentChain(values, db))
        case .registry: EditPolicy.canEditRegistry(p)
        case .admin: EditPolicy.canAdminister(p)
        }
    }

    package func canEdit(_ p: Principal, _ record: M, on db: any Database) async throws -> Bool {
        guard editableBy(p, record) else { return false }
        return switch access {
        case .scoped: EditPolicy.canEdit(p, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canEditRegistry(p)
        case .admin: EditPolicy.canAdminister(p)
        }
    }

    /// Moving a record under other parents (or out of them) needs rights there too.
    package func canMove(_ p: Principal, _ record: M, to values: RecordValues, on db: any Database) async throws -> Bool {
        guard isScoped else { return true }
        return EditPolicy.canMove(p, schema.type, from: try await parentChain(record.values, db), to: try await parentChain(values, db))
    }

    /// Whether to offer "new" at all, and to refuse a create before reading its content.
    package func mayCreateSomewhere(_ p: Principal) -> Bool {
        switch access {
        case .scoped: EditPolicy.mayCreateSomewhere(p, schema.type)
        case .registry: EditPolicy.canEditRegistry(p)
        case .admin: EditPolicy.canAdminister(p)
        }
    }

    package func canDelete(_ p: Principal, _ record: M, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canEdit(p, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canDeleteRegistryEntry(p)
        case .admin: EditPolicy.canAdminister(p)
        }
    }
}
