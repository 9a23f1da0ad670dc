import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// A registry's writes from a request: reads who acts and today, and hands them to the record's
/// workflow, which validates, checks permission and writes with history.
struct RegistryService<M: SchemaRecord>: Sendable {
    let registry: Registry<M>

    func find(_ req: Request, parameter: String = "id") async throws -> M {
        guard let raw = req.parameters.get(parameter), let id = UUID(uuidString: raw) else {
            throw Refused(.notFound, L("No \(registry.singular) with that id."))
        }
        return try await registry.workflow.find(id, on: req.db)
    }

    func create(_ input: [String: RawInput], _ req: Request) async throws -> M {
        try await registry.workflow.create(input, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func update(_ record: M, _ input: [String: RawInput], partial: Bool, _ req: Request) async throws {
        try await registry.workflow.update(record, input, partial: partial, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func delete(_ record: M, _ req: Request) async throws {
        try await registry.workflow.delete(record, by: try req.requireSignedIn().acting, on: req.db)
    }

    /// The page of records and the request it answers (a page links its sorting and paging from it).
    func list(_ req: Request) async throws -> (request: ListRequest, page: ListPage<M>) {
        let request = try ListParameters.read(M.self, req)
        return (request, try await RecordQuery.list(M.self, request, on: req.db, scope: registry.listScope(request)))
    }

    /// The same page read from rows, for the API; nil when the kind of record needs its models.
    func listRows(_ req: Request) async throws -> ListPage<ListedRow>? {
        let request = try ListParameters.read(M.self, req)
        return try await RecordQuery.listRows(M.self, request, on: req.db, scope: registry.listScope(request))
    }
}
