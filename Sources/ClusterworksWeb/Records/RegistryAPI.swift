import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// `/api/v1/<registry>`: list, read, create, partial update, delete.
struct RegistryAPI<M: SchemaRecord>: RouteCollection {
    let registry: Registry<M>
    var service: RegistryService<M> { RegistryService(registry: registry) }

    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(PathComponent(stringLiteral: registry.path))
        r.get(use: list).declaring(ListParameters.of(M.self))
        r.post(use: create)
        r.get(":id", use: read)
        r.patch(":id", use: patch)
        r.delete(":id", use: delete)
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        if let rows = try await service.listRows(req) { return JSONResponse(body: .page(rows, of: M.self)) }
        return JSONResponse(body: .page(try await service.list(req).page))
    }

    @Sendable func read(req: Request) async throws -> JSONResponse {
        JSONResponse(body: .record(try await service.find(req)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let record = try await service.create(try SubmissionReader.json(req, schema: registry.schema), req)
        let response = try await JSONResponse(body: .record(record), status: .created).encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/\(registry.path)/\(try record.requireID().uuidString.lowercased())")
        return response
    }

    @Sendable func patch(req: Request) async throws -> JSONResponse {
        let record = try await service.find(req)
        try await service.update(record, try SubmissionReader.json(req, schema: registry.schema), partial: true, req)
        return JSONResponse(body: .record(record))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        try await service.delete(try await service.find(req), req)
        return Response(status: .noContent)
    }
}
