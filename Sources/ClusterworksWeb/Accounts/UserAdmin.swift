import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Creating users, changing their role or disabling them: the writes behind the admin pages,
/// the API and the CLI.
enum UserAdmin {
    static let registry = Registry<UserModel>(
        path: "admin/users", singular: "user", plural: "Users",
        listColumns: ["email", "name", "role", "language", "active"], access: .admin)

    static func create(_ input: [String: RawInput], author: Author, request req: Request) async throws -> UserModel {
        var input = input
        let password: String
        if case .text(let p)? = input.removeValue(forKey: "password") { password = p } else { password = "" }
        if input["active"] == nil { input["active"] = .bool(true) }
        if input["language"] == nil { input["language"] = .text(Language.en.rawValue) }
        var errors = ValidationErrors()
        var values: RecordValues = [:]
        switch try await RecordValidation.check(UserSchema.schema, input, on: req.db) {
        case .success(let v): values = v
        case .failure(let e): errors.merge(e)
        }
        for p in PasswordPolicy.problems(password, email: values.text("email")) { errors.add("password", p) }
        if let email = values.text("email"), try await UserModel.query(on: req.db).filter(\.$email == email).first() != nil {
            errors.add("email", "is already used by another account")
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        let hash = try await req.password.async.hash(password)
        return try await RecordWriter.create(UserModel.self, values: values, by: author, on: req.db,
                                             configure: { $0.passwordHash = hash })
    }

    static func update(_ user: UserModel, _ input: [String: RawInput], partial: Bool, author: Author, request req: Request) async throws {
        if input["password"] != nil { throw FieldErrors(errors: .init(field: "password", "is changed by the user on the password page")) }
        let values = try await RecordValidation.values(UserSchema.schema, input, existing: partial ? user.values : nil, on: req.db)
        if let email = values.text("email"), email != user.email,
           try await UserModel.query(on: req.db).filter(\.$email == email).first() != nil {
            throw FieldErrors(errors: .init(field: "email", "is already used by another account"))
        }
        let own = AdminContinuity.problems(changingSelf: author.userId == user.id,
                                           newRole: values.text("role").flatMap(Role.init(rawValue:)), active: values.bool("active"))
        guard own.isEmpty else { throw FieldErrors(errors: own) }
        // A disabled user is signed out in the same transaction that disables them.
        try await req.db.transaction { tx in
            try await RecordWriter.update(user, values: values, by: author, on: tx)
            if !user.active { try await SignInService.endAllSessions(of: user.requireID(), on: tx) }
        }
    }

    static func find(_ req: Request) async throws -> UserModel {
        guard let id = req.parameters.get("userId").flatMap(UUID.init(uuidString:)), let user = try await UserModel.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "No user with that id.")
        }
        return user
    }
}

/// Only admins pass.
struct RequireAdmin: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let s = request.signedIn, EditPolicy.canAdminister(s.principal) else {
            throw Abort(.forbidden, reason: "This is for administrators.")
        }
        return try await next.respond(to: request)
    }
}
