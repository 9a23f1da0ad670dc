import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// `/admin/users`: list, create, edit users and their assignments.
struct UserAdminPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireAdmin())
        r.get(.list(.adminUsers), use: list).declaring(ListParameters.of(UserModel.self))
        r.get(.new(.adminUsers), use: newForm)
        r.post(.list(.adminUsers), use: create)
        r.get(.record(.adminUsers, .key), use: edit)
        r.post(.record(.adminUsers, .key), use: update)
        r.post(.userAssignments(.adminUsers, .key), use: assign)
        r.post(.deleteUserAssignment(.key, .key), use: unassign)
    }

    @Sendable func list(req: Request) async throws -> HTML {
        let (request, page) = try await RegistryService(registry: UserAdmin.registry).list(req)
        return Layout.page(L("Users"), req, body: """
        <h1>\(L("Users"))</h1><p><a class="button secondary" href="\(SitePath.new(.adminUsers))">\(L("New user"))</a></p>
        \(RegistryTable.render(RegistryTable.Sheet(UserAdmin.registry, page, request)))
        """)
    }

    @Sendable func newForm(req: Request) async throws -> HTML {
        try await form(req, user: nil, errors: ValidationErrors(), raw: nil)
    }

    private func form(_ req: Request, user: UserModel?, errors: ValidationErrors, raw: [String: RawInput]?) async throws -> HTML {
        let sheet = UserSheet(
            title: user.map { L("User \($0.email)") } ?? L("New user"),
            form: try await FilledForm.load(UserSchema.schema, values: user?.values ?? ["active": .boolean(true), "language": .text("en")],
                                            raw: raw, errors: errors, req),
            existing: try await user.asyncMap { try await existing($0, req) })
        return Layout.page(sheet.title, req, body: UserView.page(sheet))
    }

    private func existing(_ user: UserModel, _ req: Request) async throws -> UserSheet.Existing {
        let uid = try user.requireID()
        let assignments = try await AssignmentModel.query(on: req.db).filter(\.$user.$id == uid).all()
        var titles: [ScopeKind: [UUID: String]] = [:]
        for kind in ScopeKind.allCases {
            let ids = assignments.compactMap(\.scope).filter { $0.kind == kind }.map(\.id)
            titles[kind] = try await ReferenceDirectory.titles(kind.recordType, ids, on: req.db)
        }
        var choices: [(value: String, kind: ScopeKind, label: Phrase)] = []
        for kind in ScopeKind.allCases {
            for o in try await ReferenceDirectory.options(kind.recordType, owner: nil, on: req.db) {
                choices.append(("\(kind.rawValue):\(o.value)", kind, o.label))
            }
        }
        return UserSheet.Existing(
            id: uid,
            assignments: assignments.compactMap { a in
                guard let scope = a.scope, let aid = a.id else { return nil }
                return .init(id: aid, kind: scope.kind, scopeId: scope.id, title: titles[scope.kind]?[scope.id] ?? L("(removed)").said)
            },
            choices: choices, history: try await RecordHistory.load(of: uid, schema: UserSchema.schema, on: req.db))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let input = try SubmissionReader.form(req)
        do {
            let user = try await UserAdmin.create(input, req)
            return req.redirect(to: SitePath.record(.adminUsers, .id(try user.requireID())))
        } catch let e as FieldErrors {
            return try await form(req, user: nil, errors: e.errors, raw: input).response(status: .unprocessableEntity)
        }
    }

    @Sendable func edit(req: Request) async throws -> HTML {
        try await form(req, user: try await UserAdmin.find(req), errors: ValidationErrors(), raw: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let user = try await UserAdmin.find(req)
        let input = try SubmissionReader.form(req)
        do {
            try await UserAdmin.update(user, input, partial: false, req)
            return req.redirect(to: SitePath.record(.adminUsers, .id(try user.requireID())))
        } catch let e as FieldErrors {
            return try await form(req, user: user, errors: e.errors, raw: input).response(status: .unprocessableEntity)
        }
    }

    struct ScopeForm: Content { var scope: String? }

    @Sendable func assign(req: Request) async throws -> Response {
        let user = try await UserAdmin.find(req)
        let raw = (try? req.content.decode(ScopeForm.self))?.scope ?? ""
        let parts = raw.split(separator: ":", maxSplits: 1).map(String.init)
        do {
            _ = try await Assignments.assign(user, parts.first.flatMap(ScopeKind.init(rawValue:)), parts.last.flatMap(UUID.init(uuidString:)), on: req.db)
        } catch let e as FieldErrors {
            throw Refused(.unprocessableEntity, L("Not assigned: \(e.errors.summary { $0.said })."))
        }
        return req.redirect(to: SitePath.record(.adminUsers, .id(try user.requireID())))
    }

    @Sendable func unassign(req: Request) async throws -> Response {
        let user = try await UserAdmin.find(req)
        let uid = try user.requireID()
        if let aid = req.parameters.get("assignmentId").flatMap(UUID.init(uuidString:)) {
            try await AssignmentModel.query(on: req.db).filter(\.$id == aid).filter(\.$user.$id == uid).delete()
        }
        return req.redirect(to: SitePath.record(.adminUsers, .id(uid)))
    }
}

/// `/api/v1/users`: admins manage everyone; any user may read themselves.
struct UserAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.me, use: me)
        let admin = routes.grouped(RequireAdmin())
        admin.get(.list(.users), use: list).declaring(ListParameters.of(UserModel.self))
        admin.post(.list(.users), use: create)
        admin.get(.record(.users, .key), use: read)
        admin.on(.PATCH, SitePath.record(.users, .key).components, use: patch)
    }

    @Sendable func me(req: Request) async throws -> JSONResponse {
        JSONResponse(body: .record(try req.requireSignedIn().user))
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        JSONResponse(body: .page(try await RegistryService(registry: UserAdmin.registry).list(req).page))
    }

    @Sendable func read(req: Request) async throws -> JSONResponse {
        JSONResponse(body: .record(try await UserAdmin.find(req)))
    }

    @Sendable func create(req: Request) async throws -> JSONResponse {
        let user = try await UserAdmin.create(try SubmissionReader.json(req, schema: UserSchema.schema), req)
        return JSONResponse(body: .record(user), status: .created)
    }

    @Sendable func patch(req: Request) async throws -> JSONResponse {
        let user = try await UserAdmin.find(req)
        try await UserAdmin.update(user, try SubmissionReader.json(req, schema: UserSchema.schema), partial: true, req)
        return JSONResponse(body: .record(user))
    }
}

extension UserAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        [
            ("/users", OpenAPI.PathItem(get: APIOperation.make("List users (admin)", list: "User", query: ListParameters.of(UserModel.self)),
                                        post: APIOperation.make("Create a user (admin)", body: "UserCreate", created: "User"))),
            ("/users/me", OpenAPI.PathItem(get: APIOperation.make("The signed-in user", one: "User"))),
            ("/users/{userId}", OpenAPI.PathItem(get: APIOperation.make("Read a user (admin)", path: ["userId"], one: "User"),
                                                 patch: APIOperation.make("Change a user (admin)", path: ["userId"], one: "User", body: "UserChange"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("User", APISchema.record(UserSchema.schema)),
         ("UserCreate", APISchema.record(UserSchema.schema, extra: ["password": .string(permissions: .writeOnly, minLength: PasswordPolicy.minimumLength)]))]
    }
}
