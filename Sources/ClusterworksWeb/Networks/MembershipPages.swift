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

    /// The members table and size over time, shown on the network page.
    static func section(_ network: NetworkModel, _ req: Request) async throws -> HTML {
        let members = try await MembershipService().members(of: network, on: req.db)
        let mayEdit = try await Registries.networks.canEdit(try req.requireSignedIn(), network, on: req.db)
        let id = try network.requireID()
        let today = req.today
        let current = MembershipRules.size(on: today, of: members.compactMap(\.period))
        let rows = members.map { m -> HTML in
            let edit: HTML = mayEdit ? "<a href=\"\(SitePath.network(.id(id), .editMembership(.id(m.id!))))\">\(L("Edit"))</a>" : .empty
            return """
            <tr><td><a href="\(SitePath.record(.actors, .id(m.$actor.id)))">\(m.actor.name)</a></td>
            <td>\(m.role.label)</td><td>\(m.joinedOn)</td><td>\(m.leftOn ?? "")</td>
            <td>\(m.leavingReason.flatMap(LeavingReason.init(rawValue:))?.label)</td><td>\(edit)</td></tr>
            """
        }
        let form: HTML = mayEdit ? try await addForm(network, req, errors: ValidationErrors(), raw: nil) : .empty
        return """
        <section aria-labelledby="members-h"><h2 id="members-h">\(L("Members"))</h2>
        <p>\(L("\(current) current members; \(members.count) memberships recorded, \(members.filter { $0.leftOn != nil }.count) ended."))</p>
        <table><thead><tr><th scope="col">\(L("Actor"))</th><th scope="col">\(L("Role"))</th><th scope="col">\(L("Joined"))</th><th scope="col">\(L("Left"))</th><th scope="col">\(L("Reason for leaving"))</th><th scope="col"><span class="sr-only">\(L("Actions"))</span></th></tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"6\">\(L("No members yet."))</td></tr>" : HTML.join(rows))</tbody></table>
        \(form)
        </section>
        """
    }

    static func addForm(_ network: NetworkModel, _ req: Request, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let id = try network.requireID()
        let fields = try await RecordForm.fields(MembershipSchema.schema, values: [:], raw: raw, prefill: [:], errors: errors, on: req.db)
        return """
        <h3 id="add-member">\(L("Add a member"))</h3>
        \(errors.isEmpty ? .empty : "<p class=\"notice error\" role=\"alert\">\(L("Please correct the fields marked below."))</p>")
        <form class="stack" method="post" action="\(SitePath.network(.id(id), .memberships))" aria-labelledby="add-member" novalidate>
        \(Layout.csrfField(req))\(fields)<div><button type="submit">\(L("Add member"))</button></div></form>
        """
    }

    @Sendable func create(req: Request) async throws -> Response {
        let network = try await service.network(req)
        let input = try SubmissionReader.form(req)
        do {
            _ = try await service.create(input, in: network, req)
            return req.redirect(to: SitePath.record(.networks, .id(try network.requireID())))
        } catch let e as FieldErrors {
            let body: HTML = "<h1>\(network.name)</h1>\(try await Self.addForm(network, req, errors: e.errors, raw: input))"
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
        let nid = Slot.id(try network.requireID()), mid = Slot.id(try m.requireID())
        let fields = try await RecordForm.fields(MembershipSchema.schema, values: m.values, raw: raw, prefill: [:], errors: errors, on: req.db)
        let history = try await RecordWriter.history(of: try m.requireID(), on: req.db)
        return Layout.page(L("Membership"), req, body: """
        <p><a href="\(SitePath.record(.networks, nid))">\(network.name)</a></p>
        <h1>\(L("Membership of \(m.actor.name)"))</h1>
        \(errors.isEmpty ? .empty : "<p class=\"notice error\" role=\"alert\">\(L("Please correct the fields marked below."))</p>")
        <form class="stack" method="post" action="\(SitePath.network(nid, .membership(mid)))" novalidate>
        \(Layout.csrfField(req))\(fields)<div><button type="submit">\(L("Save"))</button></div></form>
        <form class="actions" method="post" action="\(SitePath.network(nid, .deleteMembership(mid)))">\(Layout.csrfField(req))
        <button class="danger" type="submit">\(L("Delete this membership"))</button></form>
        \(try await HistoryView.render(history, schema: MembershipSchema.schema, on: req.db))
        """)
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
