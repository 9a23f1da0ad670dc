import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Checks a password with the throttle in front of it. Unknown e-mail and wrong password look
/// the same from outside, in words and in time.
enum SignInService {
    enum Outcome: Sendable {
        case success(UserModel)
        case refused
        case locked
        case addressBlocked
    }

    static let throttle = SignInThrottle()

    /// The throttle's count and this attempt's row are one serialised step, before the password is
    /// checked: of any number of guesses sent at once, exactly the limit are checked. An attempt turned
    /// away writes nothing; a failed one stays as a failure; success clears the account's.
    static func attempt(email rawEmail: String, password: String, request: Request) async throws -> Outcome {
        let email = String(rawEmail.trimmingCharacters(in: .whitespaces).lowercased().prefix(254))
        let address = request.clientAddress
        let db = request.db
        let now = Date()
        try await SignInFailureModel.query(on: db).filter(\.$at < throttle.horizon(now: now)).delete()
        let turnedAway: Outcome? = try await db.transaction { tx in
            try await TransactionLock.serialise("sign-in", on: tx)
            let recent = try await SignInFailureModel.query(on: tx).group(.or) { $0.filter(\.$address == address).filter(\.$email == email) }.all()
            if throttle.addressBlockedUntil(failures: recent.filter { $0.address == address }.map(\.at), now: now) != nil { return .addressBlocked }
            if throttle.accountLockedUntil(failures: recent.filter { $0.email == email }.map(\.at), now: now) != nil { return .locked }
            try await SignInFailureModel(email: email, address: address, at: now).create(on: tx)
            return nil
        }
        if let turnedAway { return turnedAway }
        let user = try await UserModel.query(on: db).filter(\.$email == email).first()
        let ok = try await request.password.async.verify(String(password.prefix(200)), created: user?.passwordHash ?? request.application.decoyPasswordHash)
        if let user, ok, user.active {
            try await SignInFailureModel.query(on: db).filter(\.$email == email).delete()
            return .success(user)
        }
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
        try await UserAccounts.endAllSessions(of: userId, on: db)
    }

    /// Revokes every API token of a user (kept, marked revoked, so the token page shows what ended).
    static func revokeAllTokens(of userId: UUID, on db: any Database) async throws {
        try await APITokenModel.query(on: db).filter(\.$user.$id == userId).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: Date()).update()
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
