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
    /// The programme's own records (brokers, courses, cooperation): programme managers and admins;
    /// with `assigned`, also field staff assigned along the record's parent chain (a cooperation
    /// agreement of their cluster).
    case programme(assigned: Bool)
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
    package let singular: Phrase
    package let access: WriteAccess
    /// The scopes containing a record with these values (a cluster's project).
    package var parentChain: @Sendable (RecordValues, any Database) async throws -> [ScopeRef] = { _, _ in [] }
    /// Rules that need other records (a cluster's stage needs its diagnostic validated first).
    package var writeRules: @Sendable (RecordWrite<M>) async throws -> ValidationErrors = { _ in .init() }
    /// What a new record takes from who makes it (a broker's indicator is a proposal).
    package var configureNew: @Sendable (Principal) -> @Sendable (M) -> Void = { _ in { _ in } }
    /// A further say on who edits a given record (an accepted indicator is the programme managers').
    package var editableBy: @Sendable (Principal, M) -> Bool = { _, _ in true }
    /// Values the kind sets itself from what was given (a broker's name, from their person).
    package var derived: @Sendable (RecordValues, any Database) async throws -> RecordValues = { v, _ in v }

    package init(singular: Phrase, access: WriteAccess,
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
        case .programme(let assigned): try await programmeRight(p, assigned, parentChain(values, db))
        }
    }

    /// A programme manager's, or an assigned field role's along the chain when the kind allows it.
    private func programmeRight(_ p: Principal, _ assigned: Bool, _ chain: [ScopeRef]) -> Bool {
        EditPolicy.canManageProgramme(p) || (assigned && !chain.isEmpty && EditPolicy.canEdit(p, chain: chain))
    }

    package func canEdit(_ p: Principal, _ record: M, on db: any Database) async throws -> Bool {
        guard editableBy(p, record) else { return false }
        return switch access {
        case .scoped: EditPolicy.canEdit(p, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canEditRegistry(p)
        case .admin: EditPolicy.canAdminister(p)
        case .programme(let assigned): try await programmeRight(p, assigned, parentChain(record.values, db))
        }
    }

    /// Moving a record under other parents (or out of them) needs rights there too.
    package func canMove(_ p: Principal, _ record: M, to values: RecordValues, on db: any Database) async throws -> Bool {
        if case .programme(let assigned) = access {
            if EditPolicy.canManageProgramme(p) || !assigned { return true }
            return programmeRight(p, assigned, try await parentChain(values, db))
        }
        guard isScoped else { return true }
        return EditPolicy.canMove(p, schema.type, from: try await parentChain(record.values, db), to: try await parentChain(values, db))
    }

    /// Whether to offer "new" at all, and to refuse a create before reading its content.
    package func mayCreateSomewhere(_ p: Principal) -> Bool {
        switch access {
        case .scoped: EditPolicy.mayCreateSomewhere(p, schema.type)
        case .registry: EditPolicy.canEditRegistry(p)
        case .admin: EditPolicy.canAdminister(p)
        case .programme(let assigned): EditPolicy.canManageProgramme(p) || (assigned && p.role.worksByAssignment)
        }
    }

    package func canDelete(_ p: Principal, _ record: M, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canEdit(p, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canDeleteRegistryEntry(p)
        case .admin: EditPolicy.canAdminister(p)
        case .programme(let assigned): try await programmeRight(p, assigned, parentChain(record.values, db))
        }
    }
}
