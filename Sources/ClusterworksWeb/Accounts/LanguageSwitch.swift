import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// `POST /language`: the switch on every page. A signed-in user's setting changes (their form carries
/// the session's token); a reader not signed in keeps the pick in a cookie. Then back to the page.
struct LanguageSwitch: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.language, use: change)
    }

    struct Form: Content {
        var language: String?
        var back: String?
        var _csrf: String?
    }

    @Sendable func change(req: Request) async throws -> Response {
        let form = (try? req.content.decode(Form.self)) ?? Form()
        guard let language = form.language.flatMap(Language.init(rawValue:)) else {
            throw FieldErrors(errors: .init(field: "language", L("must be one of: \(Language.allCases.map(\.rawValue).joined(separator: ", "))")), kind: .malformed)
        }
        let response = req.redirect(to: ReturnPath.safe(form.back), redirectType: .normal)
        if let signedIn = req.signedIn {
            try CSRFMiddleware.check(form._csrf, req)
            signedIn.user.userLanguage = language
            try await signedIn.user.save(on: req.db)
        } else {
            response.cookies[LanguageCookie.name] = HTTPCookies.Value(string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                                                    isSecure: req.application.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
