import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// Who works on which project, cluster or network: the admin page and the API assign through here,
/// under one rule — only roles that do field work (programme managers, brokers, institution staff)
/// are assigned, and only to a record that exists.
enum Assignments {
    static func problems(_ user: UserModel, _ kind: ScopeKind?, _ id: UUID?, on db: any Database) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        if !user.userRole.worksByAssignment {
            errors.add("userId", L("has the role “\(user.userRole.label)”; only programme managers, brokers and institution staff are assigned"))
        }
        guard let kind else { errors.add("kind", L("must be one of: project, cluster, network")); return errors }
        guard let id else { errors.add("scopeId", L("must be the id of a record of this kind (\(kind.label))")); return errors }
        if try await ReferenceDirectory.titles(kind.recordType, [id], on: db)[id] == nil {
            errors.add("scopeId", L("does not name an existing record of this kind (\(kind.label))"))
        }
        return errors
    }

    /// Assigns the user (once: assigning again returns the assignment that exists).
    static func assign(_ user: UserModel, _ kind: ScopeKind?, _ id: UUID?, on db: any Database) async throws -> (AssignmentModel, created: Bool) {
        let errors = try await problems(user, kind, id, on: db)
        guard errors.isEmpty, let kind, let id else { throw FieldErrors(errors: errors) }
        let uid = try user.requireID()
        if let existing = try await AssignmentModel.query(on: db).filter(\.$user.$id == uid)
            .filter(\.$scopeKind == kind.rawValue).filter(\.$scopeId == id).first() { return (existing, false) }
        let assignment = AssignmentModel(userId: uid, scope: ScopeRef(kind, id))
        try await assignment.create(on: db)
        return (assignment, true)
    }

    static func json(_ a: AssignmentModel, titles: [UUID: String]) -> JSONOut {
        .object([("id", .string(a.id!.lowercasedText)), ("userId", .string(a.$user.id.lowercasedText)),
                 ("kind", .string(a.scopeKind)), ("scopeId", .string(a.scopeId.lowercasedText)),
                 ("title", titles[a.scopeId].map(JSONOut.string) ?? .null)])
    }
}

/// `/api/v1/users/{userId}/assignments`: list, assign `{"kind","scopeId"}`, remove (admins).
struct AssignmentAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let r = routes.grouped(RequireAdmin())
        r.get(.userAssignments(.users, .key), use: list)
        r.post(.userAssignments(.users, .key), use: create)
        r.on(.DELETE, SitePath.userAssignment(.users, .key, .key).components, use: delete)
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        let user = try await UserAdmin.find(req)
        let items = try await AssignmentModel.query(on: req.db).filter(\.$user.$id == user.requireID()).sort(\.$createdAt).all()
        var titles: [UUID: String] = [:]
        for kind in ScopeKind.allCases {
            let ids = items.filter { $0.scopeKind == kind.rawValue }.map(\.scopeId)
            if !ids.isEmpty { titles.merge(try await ReferenceDirectory.titles(kind.recordType, ids, on: req.db)) { a, _ in a } }
        }
        return JSONResponse(body: .object([("items", .array(items.map { Assignments.json($0, titles: titles) })), ("total", .int(items.count))]))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let user = try await UserAdmin.find(req)
        let input = try SubmissionReader.json(req)
        var errors = ValidationErrors()
        for key in input.keys.sorted() where key != "kind" && key != "scopeId" { errors.add(key, L("is not a field of an assignment")) }
        var kind: ScopeKind?, id: UUID?
        if case .text(let k)? = input["kind"] { kind = ScopeKind(rawValue: k) }
        if case .text(let s)? = input["scopeId"] { id = UUID(uuidString: s) }
        errors.mergeNew(try await Assignments.problems(user, kind, id, on: req.db))
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        let (assignment, created) = try await Assignments.assign(user, kind, id, on: req.db)
        let titles = try await ReferenceDirectory.titles(kind!.recordType, [id!], on: req.db)
        return try await JSONResponse(body: Assignments.json(assignment, titles: titles), status: created ? .created : .ok).encodeResponse(for: req)
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let user = try await UserAdmin.find(req)
        guard let aid = req.parameters.get("assignmentId").flatMap(UUID.init(uuidString:)),
              let a = try await AssignmentModel.query(on: req.db).filter(\.$id == aid).filter(\.$user.$id == user.requireID()).first() else {
            throw Refused(.notFound, L("No such assignment of this user."))
        }
        try await a.delete(on: req.db)
        return Response(status: .noContent)
    }
}

extension AssignmentAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        let list = "/users/{userId}/assignments"
        return [
            (list, OpenAPI.PathItem(get: APIOperation.make("A user's assignments (admin)", path: ["userId"], list: "Assignment"),
                                    post: APIOperation.make("Assign a programme manager, broker or institution staff to a project, cluster or network (admin); 200 if already assigned",
                                                            path: ["userId"], one: "Assignment", body: "AssignmentCreate", created: "Assignment"))),
            (list + "/{assignmentId}", OpenAPI.PathItem(delete: APIOperation.make("Remove an assignment (admin)", path: ["userId", "assignmentId"], noContent: true))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        let kind = JSONSchema.string(allowedValues: ScopeKind.allCases.map { AnyCodable($0.rawValue) })
        return [
            ("Assignment", .object(properties: ["id": APISchema.uuid, "userId": APISchema.uuid, "kind": kind, "scopeId": APISchema.uuid,
                                                "title": .string(required: false, nullable: true)], additionalProperties: .a(false))),
            ("AssignmentCreate", .object(properties: ["kind": kind, "scopeId": APISchema.uuid], additionalProperties: .a(false))),
        ]
    }
}
