import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Creating users, changing their role or disabling them: the writes behind the admin pages, the
/// API and the CLI. The password hasher is given by the caller (the server's bcrypt).
package enum UserAccounts {
    package typealias Hasher = @Sendable (String) async throws -> String

    package static func create(_ input: [String: RawInput], by acting: Acting, today: CalendarDate, hash: Hasher,
                               on db: any Database) async throws -> UserModel {
        try requireAdmin(acting)
        var input = input
        let password: String
        if case .text(let p)? = input.removeValue(forKey: "password") { password = p } else { password = "" }
        if input["active"] == nil { input["active"] = .bool(true) }
        if input["language"] == nil { input["language"] = .text(Language.en.rawValue) }
        var errors = ValidationErrors()
        var values: RecordValues = [:]
        switch try await RecordValidation.check(UserSchema.schema, input, today: today, on: db) {
        case .success(let v): values = v
        case .failure(let e): errors.merge(e)
        }
        for p in PasswordPolicy.problems(password, email: values.text("email")) { errors.add("password", p) }
        if let email = values.text("email"), try await UserModel.query(on: db).filter(\.$email == email).first() != nil {
            errors.add("email", L("is already used by another account"))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        let hashed = try await hash(password)
        return try await RecordWriter.create(UserModel.self, values: values, by: acting.author, on: db,
                                             configure: { $0.passwordHash = hashed })
    }

    package static func update(_ user: UserModel, _ input: [String: RawInput], partial: Bool, by acting: Acting,
                               today: CalendarDate, on db: any Database) async throws {
        try requireAdmin(acting)
        if input["password"] != nil { throw FieldErrors(errors: .init(field: "password", L("is changed by the user on the password page"))) }
        let values = try await RecordValidation.values(UserSchema.schema, input, existing: partial ? user.values : nil, today: today, on: db)
        if let email = values.text("email"), email != user.email,
           try await UserModel.query(on: db).filter(\.$email == email).first() != nil {
            throw FieldErrors(errors: .init(field: "email", L("is already used by another account")))
        }
        let own = AdminContinuity.problems(changingSelf: acting.author.userId == user.id,
                                           newRole: values.text("role").flatMap(Role.init(rawValue:)), active: values.bool("active"))
        guard own.isEmpty else { throw FieldErrors(errors: own) }
        // A disabled user is signed out in the same transaction that disables them.
        try await db.transaction { tx in
            try await RecordWriter.update(user, values: values, by: acting.author, on: tx)
            if !user.active { try await endAllSessions(of: user.requireID(), on: tx) }
        }
    }

    package static func endAllSessions(of userId: UUID, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$user.$id == userId).delete()
    }

    private static func requireAdmin(_ acting: Acting) throws {
        guard EditPolicy.canAdminister(acting.principal) else { throw Refusal.forbidden(L("Only administrators manage users.")) }
    }
}
