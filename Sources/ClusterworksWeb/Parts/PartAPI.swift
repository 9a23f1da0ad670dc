import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// `/api/v1/<owner>/{id}/<parts>`: list, read, create, partial update, delete.
struct PartAPI<P: SchemaRecord, C: OwnedRecord>: RouteCollection {
    let registry: PartRegistry<P, C>
    var service: PartService<P, C> { PartService(registry: registry) }

    func boot(routes: any RoutesBuilder) throws {
        let list = SitePath.parts(registry.owner.folder, .key, registry.folder).components
        let one = SitePath.part(registry.owner.folder, .key, registry.folder, .key).components
        routes.get(list, use: self.list)
        if registry.genericCreate { routes.post(list, use: create) }
        routes.get(one, use: read)
        routes.patch(one, use: patch)
        if registry.deletable { routes.delete(one, use: delete) }
    }

    func json(_ part: C, _ owner: P) -> JSONOut {
        .record(part, extra: [("\(registry.ownerKind.rawValue)Id", .string(owner.id!.lowercasedText))] + registry.extraJSON(part))
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        let owner = try await service.owner(req)
        let items = try await service.list(owner, req)
        return JSONResponse(body: .object([("items", .array(items.map { json($0, owner) })), ("total", .int(items.count))]))
    }

    @Sendable func read(req: Request) async throws -> JSONResponse {
        let owner = try await service.owner(req)
        return JSONResponse(body: json(try await service.find(req, in: owner), owner))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let owner = try await service.owner(req)
        let part = try await service.create(try SubmissionReader.json(req, schema: registry.schema), in: owner, req)
        let response = try await JSONResponse(body: json(part, owner), status: .created).encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1" + registry.partPath(owner, part).href)
        return response
    }

    @Sendable func patch(req: Request) async throws -> JSONResponse {
        let owner = try await service.owner(req)
        let part = try await service.find(req, in: owner)
        try await service.update(part, try SubmissionReader.json(req, schema: registry.schema), partial: true, in: owner, req)
        return JSONResponse(body: json(part, owner))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let owner = try await service.owner(req)
        try await service.delete(try await service.find(req, in: owner), in: owner, req)
        return Response(status: .noContent)
    }
}
