import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The sign-in form, sign-out, and the password page.
struct SignInController: RouteCollection {
    static let preCSRFCookie = "cw_presign"
    static let next = QueryParameter.text("next", max: 2000, "The page to go on to after signing in")
    static let changed = QueryParameter.flag("changed", "1 after the password was changed")
    let policy: SessionPolicy

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.signIn, use: form).declaring([Self.next])
        routes.post(.signIn, use: signIn).declaring([Self.next])
    }

    func bootSignedIn(routes: any RoutesBuilder) {
        routes.post(.signOut, use: signOut)
        routes.get(.password, use: passwordForm).declaring([Self.changed])
        routes.post(.password, use: changePassword)
    }

    @Sendable func form(req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: SitePath.home) }
        return renderForm(req, email: "", message: nil, status: .ok)
    }

    private func renderForm(_ req: Request, email: String, message: Phrase?, status: HTTPResponseStatus) -> Response {
        let token = SecretToken.make()
        // Where to go on is never refused: anything but a local path simply leads home.
        let next = ReturnPath.safe((try? req.query(Self.next)) ?? (try? req.content.get(String.self, at: "next")))
        let body = SignInView.signIn(token: token, next: next, email: email, message: message)
        let response = Layout.page(L("Sign in"), req, body: body).response(status: status)
        response.cookies[Self.preCSRFCookie] = HTTPCookies.Value(string: token, maxAge: 3600, path: "/sign-in",
                                                                 isSecure: req.application.settings.secureCookies, isHTTPOnly: true, sameSite: .strict)
        return response
    }

    struct SignInForm: Content {
        var email: String?
        var password: String?
        var _csrf: String?
        var next: String?
    }

    @Sendable func signIn(req: Request) async throws -> Response {
        let form = (try? req.content.decode(SignInForm.self)) ?? SignInForm()
        guard let expected = req.cookies[Self.preCSRFCookie]?.string, let sent = form._csrf, SecretToken.equal(sent, expected) else {
            return renderForm(req, email: form.email ?? "", message: L("The form expired. Please sign in again."), status: .forbidden)
        }
        let email = String((form.email ?? "").prefix(254))
        switch try await SignInService.attempt(email: email, password: form.password ?? "", request: req) {
        case .success(let user):
            let token = try await SignInService.startSession(for: user, on: req.db)
            let response = req.redirect(to: ReturnPath.safe(form.next), redirectType: .normal)
            response.cookies[SessionAuthMiddleware.cookieName] = SignInService.sessionCookie(token, request: req, policy: policy)
            response.cookies[Self.preCSRFCookie] = .expired
            return response
        case .refused:
            return renderForm(req, email: email, message: L("The e-mail or password is not right."), status: .unauthorized)
        case .locked:
            return renderForm(req, email: email, message: L("Too many failed attempts for this account. Try again in 15 minutes."), status: .unauthorized)
        case .addressBlocked:
            let response = renderForm(req, email: email, message: L("Too many failed sign-ins from your address. Try again later."), status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(SignInService.throttle.lockout)))
            return response
        }
    }

    @Sendable func signOut(req: Request) async throws -> Response {
        if let session = req.signedIn?.session { try await session.delete(on: req.db) }
        let response = req.redirect(to: SitePath.signIn)
        response.cookies[SessionAuthMiddleware.cookieName] = .expired
        return response
    }

    @Sendable func passwordForm(req: Request) async throws -> HTML {
        passwordPage(req, errors: ValidationErrors(), done: try req.queryFlag(Self.changed))
    }

    private func passwordPage(_ req: Request, errors: ValidationErrors, done: Bool) -> HTML {
        Layout.page(L("Change password"), req, body: SignInView.password(token: req.signedIn?.csrfToken ?? "", errors: errors, done: done))
    }

    struct PasswordForm: Content {
        var current: String?
        var new: String?
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        let s = try req.requireSignedIn()
        let form = (try? req.content.decode(PasswordForm.self)) ?? PasswordForm()
        var errors = ValidationErrors()
        let ok = try await req.password.async.verify(String((form.current ?? "").prefix(200)), created: s.user.passwordHash)
        if !ok { errors.add("current", L("is not your current password")) }
        for p in PasswordPolicy.problems(form.new ?? "", email: s.user.email) { errors.add("new", p) }
        guard errors.isEmpty else { return passwordPage(req, errors: errors, done: false).response(status: .unprocessableEntity) }
        let user = s.user
        user.passwordHash = try await req.password.async.hash(form.new ?? "")
        // The new password, the end of every old session and API token, and this browser's new
        // session commit together: whoever knew the old password keeps nothing it opened.
        let token = try await req.db.transaction { tx in
            try await user.update(on: tx)
            try await SignInService.endAllSessions(of: user.requireID(), on: tx)
            try await SignInService.revokeAllTokens(of: user.requireID(), on: tx)
            return try await SignInService.startSession(for: user, on: tx)
        }
        let response = req.redirect(to: SitePath.password.href([("changed", "1")]))
        response.cookies[SessionAuthMiddleware.cookieName] = SignInService.sessionCookie(token, request: req, policy: policy)
        return response
    }
}
