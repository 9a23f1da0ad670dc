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
        let list = SitePath.list(registry.folder).components, one = SitePath.record(registry.folder, .key).components
        routes.get(list, use: self.list).declaring(ListParameters.of(M.self))
        routes.post(list, use: create)
        routes.get(one, use: read)
        routes.patch(one, use: patch)
        routes.delete(one, use: delete)
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
        response.headers.replaceOrAdd(name: .location, value: "/api/v1" + SitePath.record(registry.folder, .id(try record.requireID())).href)
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
