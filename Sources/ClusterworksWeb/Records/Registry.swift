import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// Describes one registry's pages and API once: where it lives, what its lists show and what its
/// pages add; who may write it and its rules come from its `RecordKind`.
struct Registry<M: SchemaRecord>: Sendable {
    let kind: RecordKind<M>
    let folder: Folder
    let plural: Phrase
    let listColumns: [String]
    /// What a record's page shows first, above its fields (a cluster's story at a glance).
    var leading: @Sendable (M, Request) async throws -> HTML = { _, _ in .empty }
    /// Sections added below a record's fields (a project's clusters, a network's members).
    var related: @Sendable (M, Request) async throws -> HTML = { _, _ in .empty }
    /// Narrows a list by filters that are not plain columns (a project's countries).
    var listScope: @Sendable (ListRequest) -> (@Sendable (QueryBuilder<M>) -> QueryBuilder<M>)? = { _ in nil }

    var singular: Phrase { kind.singular }
    var access: WriteAccess { kind.access }
    var schema: RecordSchema { M.recordSchema }
    var isScoped: Bool { kind.isScoped }
    var workflow: RecordWorkflow<M> { RecordWorkflow(kind: kind) }

    func chain(of record: M, on db: any Database) async throws -> [ScopeRef] { try await kind.chain(of: record, on: db) }

    func canEdit(_ s: SignedIn, _ record: M, on db: any Database) async throws -> Bool {
        try await kind.canEdit(s.principal, record, on: db)
    }

    func canDelete(_ s: SignedIn, _ record: M, on db: any Database) async throws -> Bool {
        try await kind.canDelete(s.principal, record, on: db)
    }

    /// Whether to offer "new" at all.
    func mayCreateSomewhere(_ s: SignedIn) -> Bool { kind.mayCreateSomewhere(s.principal) }
}
