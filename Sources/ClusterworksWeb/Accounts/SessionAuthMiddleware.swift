import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Restores the signed-in user from the session cookie. Sessions live in the database, so any
/// server behind a load balancer can answer any request.
struct SessionAuthMiddleware: AsyncMiddleware {
    static let cookieName = "cw_session"
    let policy: SessionPolicy

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[Self.cookieName]?.string, !token.isEmpty, token.count < 200 {
            request.signedIn = try await restore(token, request)
        }
        return try await next.respond(to: request)
    }

    private func restore(_ token: String, _ request: Request) async throws -> SignedIn? {
        let db = request.db
        // The user comes in the same row: one query on every request instead of two.
        guard let session = try await SignedInRow.session(hash: SecretToken.hash(token), on: db) else { return nil }
        let now = Date()
        guard session.user.active, policy.isValid(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now) else {
            try await session.delete(on: db)
            return nil
        }
        if policy.needsTouch(lastSeenAt: session.lastSeenAt, now: now) {
            session.lastSeenAt = now
            try await session.update(on: db)
        }
        return SignedIn(user: session.user, principal: try await PrincipalLoader.load(session.user, on: db), session: session)
    }
}

/// Reads `Authorization: Bearer …` for the API.
struct BearerAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization?.token, bearer.count < 200 {
            let db = request.db
            if let token = try await SignedInRow.token(hash: SecretToken.hash(bearer), on: db), token.user.active {
                let now = Date()
                if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
                    token.lastUsedAt = now
                    try await token.update(on: db)
                }
                request.signedIn = SignedIn(user: token.user, principal: try await PrincipalLoader.load(token.user, on: db), session: nil)
            }
        }
        return try await next.respond(to: request)
    }
}

/// Lets through signed-in users only: pages redirect to the sign-in form, the API answers 401.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.signedIn != nil else {
            if request.isAPI { throw Refused(.unauthorized, L("Authentication required: send Authorization: Bearer <token>.")) }
            let target = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(to: SitePath.signIn.href([("next", target)]))
        }
        return try await next.respond(to: request)
    }
}

/// Every state-changing form carries the session's CSRF token; nothing changes without it.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // A streamed upload checks the token itself, from the form's first field, before it keeps a byte.
        if request.method != .GET && request.method != .HEAD && request.route?.userInfo[StreamedUpload.key] == nil {
            // Routes collect their bodies after middleware has run, and the token is in the body.
            if request.body.data == nil {
                _ = try await request.body.collect(max: request.application.routes.defaultMaxBodySize.value).get()
            }
            try Self.check((try? request.content.get(String.self, at: "_csrf")), request)
        }
        return try await next.respond(to: request)
    }

    /// The token sent (form field, else the X-CSRF-Token header) must be the session's.
    static func check(_ field: String?, _ request: Request) throws {
        let sent = field ?? request.headers.first(name: "X-CSRF-Token") ?? ""
        guard let expected = request.signedIn?.session?.csrfToken, SecretToken.equal(sent, expected) else {
            throw Refused(.forbidden, L("The form has expired or did not come from this site. Reload the page and try again."))
        }
    }
}

/// A route whose body streams to its handler (a large upload): the CSRF middleware leaves the body
/// alone and the handler checks the user, the size and the token before reading it.
enum StreamedUpload {
    static let key = "streamedUpload"

    @discardableResult
    static func on(_ route: Route) -> Route {
        route.userInfo[key] = true
        return route
    }
}
