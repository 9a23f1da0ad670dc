import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// Personal API tokens: issued on the token page, by `POST /api/v1/auth/tokens`, or by the CLI;
/// shown once, stored hashed, revocable.
struct TokenController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.tokens, use: page)
        routes.post(.tokens, use: createFromPage)
        routes.post(.revokeToken(.key), use: revoke)
    }

    static func issue(for user: UserModel, name: String, on db: any Database) async throws -> String {
        let token = SecretToken.make(prefix: "cw_")
        try await APITokenModel(userId: try user.requireID(), name: name, tokenHash: SecretToken.hash(token),
                                prefix: String(token.prefix(8))).create(on: db)
        return token
    }

    @Sendable func page(req: Request) async throws -> HTML {
        try await render(req, newToken: nil, errors: ValidationErrors())
    }

    private func render(_ req: Request, newToken: String?, errors: ValidationErrors) async throws -> HTML {
        let s = try req.requireSignedIn()
        let tokens = try await APITokenModel.query(on: req.db).filter(\.$user.$id == s.user.requireID())
            .sort(\.$createdAt, .descending).all()
        let sheet = TokenSheet(
            tokens: tokens.map { .init(id: $0.id!, name: $0.name, prefix: $0.prefix, createdAt: $0.createdAt, lastUsedAt: $0.lastUsedAt, revoked: $0.revokedAt != nil) },
            newToken: newToken, errors: errors, csrf: s.csrfToken)
        return Layout.page(L("API tokens"), req, body: TokenView.page(sheet))
    }

    struct NameForm: Content { var name: String? }

    @Sendable func createFromPage(req: Request) async throws -> Response {
        let s = try req.requireSignedIn()
        let name = ((try? req.content.decode(NameForm.self))?.name ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else {
            return try await render(req, newToken: nil, errors: .init(field: "name", L("must be 1 to 100 characters")))
                .response(status: .unprocessableEntity)
        }
        let token = try await Self.issue(for: s.user, name: name, on: req.db)
        return try await render(req, newToken: token, errors: ValidationErrors()).response(status: .created)
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        let s = try req.requireSignedIn()
        guard let id = req.parameters.get("tokenId").flatMap(UUID.init(uuidString:)),
              let token = try await APITokenModel.query(on: req.db).filter(\.$id == id).filter(\.$user.$id == s.user.requireID()).first() else {
            throw Refused(.notFound, L("No such token."))
        }
        token.revokedAt = Date()
        try await token.update(on: req.db)
        return req.redirect(to: SitePath.tokens)
    }
}

/// `POST /api/v1/auth/tokens` with `{"email","password"}` answers `{"token":…}`.
struct TokenAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.authTokens, use: create)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let input = try SubmissionReader.json(req)
        var errors = ValidationErrors()
        var email = "", password = ""
        if case .text(let e)? = input["email"], !e.isEmpty { email = e } else { errors.add("email", L("is required")) }
        if case .text(let p)? = input["password"], !p.isEmpty { password = p } else { errors.add("password", L("is required")) }
        guard errors.isEmpty else { throw FieldErrors(errors: errors, kind: .malformed) }
        switch try await SignInService.attempt(email: email, password: password, request: req) {
        case .success(let user):
            let name = "API \(InstantText.iso8601(Date()))"
            let token = try await TokenController.issue(for: user, name: name, on: req.db)
            return try await JSONResponse(body: .object([("token", .string(token))]), status: .created).encodeResponse(for: req)
        case .refused, .locked:
            throw Refused(.unauthorized, L("The e-mail or password is not right, or the account is locked for a while."))
        case .addressBlocked:
            throw Abort(.tooManyRequests, headers: ["Retry-After": String(Int(SignInService.throttle.lockout))],
                        reason: "Too many failed sign-ins from your address. Try again later.")
        }
    }
}

extension TokenAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        let credentials = JSONSchema.object(properties: ["email": .string(minLength: 1), "password": .string(minLength: 1)])
        var responses: OpenAPI.Response.Map = [201: APIOperation.answer("The token, shown once", APIOperation.content(.object(properties: ["token": .string])))]
        for (code, why) in [(400, "E-mail or password missing"), (401, "The e-mail or password is not right, or the account is locked for a while"),
                            (413, "The body is larger than 1 MB"), (414, "The address is longer than 8 KB"), (415, "The body is not JSON, or is compressed"),
                            (429, "Too many failed sign-ins from this address; see Retry-After"), (503, "The database is busy or cannot be reached")] {
            responses[OpenAPI.Response.StatusCode(integerLiteral: code)] = APIOperation.error(why)
        }
        return [("/auth/tokens", OpenAPI.PathItem(post: .init(
            summary: "Issue a personal API token from e-mail and password",
            requestBody: .init(content: APIOperation.content(credentials), required: true), responses: responses, security: [])))]
    }
}
