import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// A network's members on its page, with forms to admit, edit and remove them.
struct MembershipPages: RouteCollection {
    let service = MembershipService()

    func boot(routes: any RoutesBuilder) throws {
        routes.post(.network(.key, .memberships), use: create)
        routes.get(.network(.key, .editMembership(.key)), use: editForm)
        routes.post(.network(.key, .membership(.key)), use: update)
        routes.post(.network(.key, .deleteMembership(.key)), use: delete)
    }

    /// The members table, shown on the network page.
    static func section(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        MembershipView.section(try await members(network, req))
    }

    static func members(_ network: NetworkModel, _ req: Request) async throws -> MemberList {
        let members = try await MembershipService().members(of: network, on: req.db)
        let mayEdit = try await Registries.networks.canEdit(try req.requireSignedIn(), network, on: req.db)
        return MemberList(
            networkId: try network.requireID(),
            members: members.map { m in
                .init(membershipId: m.id!, actorId: m.$actor.id, actorName: m.actor.name, role: m.role, joinedOn: m.joinedOn,
                      leftOn: m.leftOn, leavingReason: m.leavingReason.flatMap(LeavingReason.init(rawValue:)))
            },
            current: MembershipRules.size(on: req.today, of: members.compactMap(\.period)),
            addForm: mayEdit ? try await form(values: [:], req, errors: ValidationErrors(), raw: nil) : nil)
    }

    static func form(values: RecordValues, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> FilledForm {
        try await FilledForm.load(MembershipSchema.schema, values: values, raw: raw, errors: errors, req)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let network = try await service.network(req)
        let input = try SubmissionReader.form(req)
        do {
            _ = try await service.create(input, in: network, req)
            return req.redirect(to: SitePath.record(.networks, .id(try network.requireID())))
        } catch let e as FieldErrors {
            let form = try await Self.form(values: [:], req, errors: e.errors, raw: input)
            let body: HTML = "<h1>\(network.name)</h1>\(MembershipView.addForm(form, network: try network.requireID()))"
            return Layout.page(L("Add a member"), req, body: body).response(status: .unprocessableEntity)
        }
    }

    @Sendable func editForm(req: Request) async throws -> HTML {
        let network = try await service.network(req)
        let m = try await service.membership(req, of: network)
        try await service.requireEdit(network, req)
        return try await editPage(network, m, req, errors: ValidationErrors(), raw: nil)
    }

    private func editPage(_ network: NetworkModel, _ m: MembershipModel, _ req: Request, errors: ValidationErrors,
                          raw: [String: RawInput]?) async throws -> HTML {
        let sheet = MembershipSheet(
            networkId: try network.requireID(), networkName: network.name, membershipId: try m.requireID(), actorName: m.actor.name,
            form: try await Self.form(values: m.values, req, errors: errors, raw: raw),
            history: try await RecordHistory.load(of: try m.requireID(), schema: MembershipSchema.schema, on: req.db))
        return Layout.page(L("Membership"), req, body: MembershipView.page(sheet))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let network = try await service.network(req)
        let m = try await service.membership(req, of: network)
        let input = try SubmissionReader.form(req)
        do {
            try await service.update(m, input, partial: false, in: network, req)
            return req.redirect(to: SitePath.record(.networks, .id(try network.requireID())))
        } catch let e as FieldErrors {
            return try await editPage(network, m, req, errors: e.errors, raw: input).response(status: .unprocessableEntity)
        }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let network = try await service.network(req)
        let m = try await service.membership(req, of: network)
        try await service.delete(m, in: network, req)
        return req.redirect(to: SitePath.record(.networks, .id(try network.requireID())))
    }
}

/// `/api/v1/networks/{id}/memberships`.
struct MembershipAPI: RouteCollection {
    let service = MembershipService()

    func boot(routes: any RoutesBuilder) throws {
        let one = SitePath.network(.key, .membership(.key)).components
        routes.get(.network(.key, .memberships), use: list)
        routes.post(.network(.key, .memberships), use: create)
        routes.get(one, use: read)
        routes.patch(one, use: patch)
        routes.delete(one, use: delete)
    }

    private func json(_ m: MembershipModel) -> JSONOut {
        .record(m, extra: [("networkId", .string(m.$network.id.lowercasedText))])
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        let items = try await service.members(of: try await service.network(req), on: req.db)
        return JSONResponse(body: .object([("items", .array(items.map(json))), ("total", .int(items.count))]))
    }

    @Sendable func read(req: Request) async throws -> JSONResponse {
        let network = try await service.network(req)
        return JSONResponse(body: json(try await service.membership(req, of: network)))
    }

    @Sendable func create(req: Request) async throws -> JSONResponse {
        let network = try await service.network(req)
        let m = try await service.create(try SubmissionReader.json(req, schema: MembershipSchema.schema), in: network, req)
        return JSONResponse(body: json(m), status: .created)
    }

    @Sendable func patch(req: Request) async throws -> JSONResponse {
        let network = try await service.network(req)
        let m = try await service.membership(req, of: network)
        try await service.update(m, try SubmissionReader.json(req, schema: MembershipSchema.schema), partial: true, in: network, req)
        return JSONResponse(body: json(m))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let network = try await service.network(req)
        try await service.delete(try await service.membership(req, of: network), in: network, req)
        return Response(status: .noContent)
    }
}

extension MembershipAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        let list = "/networks/{id}/memberships", one = ["id", "membershipId"]
        return [
            (list, OpenAPI.PathItem(get: APIOperation.make("List a network's memberships", path: ["id"], list: "Membership"),
                                    post: APIOperation.make("Admit a member", path: ["id"], body: "Membership", created: "Membership"))),
            (list + "/{membershipId}", OpenAPI.PathItem(
                get: APIOperation.make("Read a membership", path: one, one: "Membership"),
                delete: APIOperation.make("Delete a membership", path: one, noContent: true),
                patch: APIOperation.make("Change a membership (e.g. record leaving)", path: one, one: "Membership", body: "MembershipChange"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("Membership", APISchema.record(MembershipSchema.schema, extra: ["networkId": .string(format: .uuid, required: false, permissions: .readOnly)]))]
    }
}
