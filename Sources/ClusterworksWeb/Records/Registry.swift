import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Who may write a kind of record.
enum WriteAccess: Sendable {
    /// Projects, clusters and networks: by role and assignment along the record's chain.
    case scoped(ScopeKind)
    /// Actors and persons: the shared registry of the field roles.
    case registry
    /// Reference data: admins only.
    case admin
}

/// Describes one registry once, for its pages and its API alike.
struct Registry<M: SchemaRecord>: Sendable {
    let path: String
    let singular: String
    let plural: String
    let listColumns: [String]
    let access: WriteAccess
    /// The scopes containing a record with these values (a cluster's project).
    var parentChain: @Sendable (RecordValues, any Database) async throws -> [ScopeRef] = { _, _ in [] }
    /// What a record's page shows first, above its fields (a cluster's story at a glance).
    var leading: @Sendable (M, Request) async throws -> HTML = { _, _ in .empty }
    /// Sections added below a record's fields (a project's clusters, a network's members).
    var related: @Sendable (M, Request) async throws -> HTML = { _, _ in .empty }
    /// Narrows a list by filters that are not plain columns (a project's countries).
    var listScope: @Sendable (ListRequest) -> (@Sendable (QueryBuilder<M>) -> QueryBuilder<M>)? = { _ in nil }
    /// Rules that need other records (a cluster's stage needs its diagnostic validated first).
    var writeRules: @Sendable (RecordValues, M?, any Database) async throws -> ValidationErrors = { _, _, _ in .init() }

    var schema: RecordSchema { M.recordSchema }

    func chain(of record: M, on db: any Database) async throws -> [ScopeRef] {
        var chain = try await parentChain(record.values, db)
        if case .scoped(let kind) = access, let id = record.id { chain.insert(ScopeRef(kind, id), at: 0) }
        return chain
    }

    func canCreate(_ s: SignedIn, values: RecordValues, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canCreate(s.principal, schema.type, parentChain: try await parentChain(values, db))
        case .registry: EditPolicy.canEditRegistry(s.principal)
        case .admin: EditPolicy.canAdminister(s.principal)
        }
    }

    func canEdit(_ s: SignedIn, _ record: M, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canEdit(s.principal, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canEditRegistry(s.principal)
        case .admin: EditPolicy.canAdminister(s.principal)
        }
    }

    /// Moving a record under other parents (or out of them) needs rights there too.
    func canMove(_ s: SignedIn, _ record: M, to values: RecordValues, on db: any Database) async throws -> Bool {
        guard isScoped else { return true }
        return EditPolicy.canMove(s.principal, schema.type, from: try await parentChain(record.values, db),
                                  to: try await parentChain(values, db))
    }

    /// Whether to offer "new" at all, and to refuse a create before reading its content.
    func mayCreateSomewhere(_ s: SignedIn) -> Bool {
        switch access {
        case .scoped: EditPolicy.mayCreateSomewhere(s.principal, schema.type)
        case .registry: EditPolicy.canEditRegistry(s.principal)
        case .admin: EditPolicy.canAdminister(s.principal)
        }
    }

    var isScoped: Bool { if case .scoped = access { true } else { false } }

    func canDelete(_ s: SignedIn, _ record: M, on db: any Database) async throws -> Bool {
        switch access {
        case .scoped: EditPolicy.canEdit(s.principal, chain: try await chain(of: record, on: db))
        case .registry: EditPolicy.canDeleteRegistryEntry(s.principal)
        case .admin: EditPolicy.canAdminister(s.principal)
        }
    }
}
