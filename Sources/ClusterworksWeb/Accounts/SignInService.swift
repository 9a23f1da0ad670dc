import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Checks a password with the throttle in front of it. Unknown e-mail and wrong password look
/// the same from outside, in words and in time.
enum SignInService {
    enum Outcome {
        case success(UserModel)
        case refused
        case locked
        case addressBlocked
    }

    static let throttle = SignInThrottle()

    static func attempt(email rawEmail: String, password: String, request: Request) async throws -> Outcome {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let address = request.clientAddress
        let db = request.db
        let now = Date()
        try await SignInFailureModel.query(on: db).filter(\.$at < throttle.horizon(now: now)).delete()
        let byAddress = try await SignInFailureModel.query(on: db).filter(\.$address == address).all().map(\.at)
        if throttle.addressBlockedUntil(failures: byAddress, now: now) != nil { return .addressBlocked }
        let byAccount = try await SignInFailureModel.query(on: db).filter(\.$email == email).all().map(\.at)
        if throttle.accountLockedUntil(failures: byAccount, now: now) != nil { return .locked }

        let user = email.count <= 254 ? try await UserModel.query(on: db).filter(\.$email == email).first() : nil
        let ok = try await request.password.async.verify(String(password.prefix(200)), created: user?.passwordHash ?? request.application.decoyPasswordHash)
        if let user, ok, user.active {
            try await SignInFailureModel.query(on: db).filter(\.$email == email).delete()
            return .success(user)
        }
        try await SignInFailureModel(email: String(email.prefix(254)), address: address, at: now).create(on: db)
        return .refused
    }

    /// Starts a new session (never reusing an old id) and returns the cookie token. Sessions past
    /// the absolute timeout are swept here, so abandoned ones do not pile up.
    static func startSession(for user: UserModel, on db: any Database, policy: SessionPolicy = SessionPolicy()) async throws -> String {
        try await SessionModel.query(on: db).filter(\.$createdAt < Date().addingTimeInterval(-policy.absoluteTimeout)).delete()
        let token = SecretToken.make()
        try await SessionModel(tokenHash: SecretToken.hash(token), userId: try user.requireID(),
                               csrfToken: SecretToken.make(), now: Date()).create(on: db)
        return token
    }

    /// Signs a user out everywhere: after a password change or when an admin disables them.
    static func endAllSessions(of userId: UUID, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$user.$id == userId).delete()
    }

    static func sessionCookie(_ token: String, request: Request, policy: SessionPolicy) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(policy.absoluteTimeout), path: "/",
                          isSecure: request.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}

struct DecoyHashKey: StorageKey {
    typealias Value = String
}

extension Application {
    /// Verified against when the e-mail is unknown, so that both cases take a bcrypt's time.
    var decoyPasswordHash: String {
        get { storage[DecoyHashKey.self] ?? "" }
        set { storage[DecoyHashKey.self] = newValue }
    }
}
