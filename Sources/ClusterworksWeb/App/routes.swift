import ClusterworksDomain
import Vapor

func routes(_ app: Application, atlas: WorldAtlas) throws {
    let policy = SessionPolicy()
    app.get("static", "app.css") { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
    app.get("healthz") { _ in "ok" }

    // Pages: cookie session, sign-in required, CSRF on every change.
    let pages = app.grouped(SessionAuthMiddleware(policy: policy))
    let signIn = SignInController(policy: policy)
    try pages.register(collection: signIn)
    let signedIn = pages.grouped(RequireSignIn()).grouped(CSRFMiddleware())
    signIn.bootSignedIn(routes: signedIn)
    try signedIn.register(collection: PortfolioPage(atlas: atlas))
    try signedIn.register(collection: RegistryPages(registry: Registries.countries))
    try signedIn.register(collection: RegistryPages(registry: Registries.projects))
    try signedIn.register(collection: RegistryPages(registry: Registries.actors))
    try signedIn.register(collection: RegistryPages(registry: Registries.persons))
    try signedIn.register(collection: RegistryPages(registry: Registries.clusters))
    try signedIn.register(collection: RegistryPages(registry: Registries.networks))
    try signedIn.register(collection: MembershipPages())
    try signedIn.register(collection: TokenController())
    try signedIn.register(collection: UserAdminPages())

    // API: bearer tokens, JSON errors.
    let api = app.grouped("api", "v1")
    api.get("openapi.json") { _ in JSONResponse(body: OpenAPIDocument.build()) }
    try api.register(collection: TokenAPI())
    let authed = api.grouped(BearerAuthMiddleware()).grouped(RequireSignIn())
    try authed.register(collection: RegistryAPI(registry: Registries.countries))
    try authed.register(collection: RegistryAPI(registry: Registries.projects))
    try authed.register(collection: RegistryAPI(registry: Registries.actors))
    try authed.register(collection: RegistryAPI(registry: Registries.persons))
    try authed.register(collection: RegistryAPI(registry: Registries.clusters))
    try authed.register(collection: RegistryAPI(registry: Registries.networks))
    try authed.register(collection: MembershipAPI())
    try authed.register(collection: UserAPI())
    // Unknown API paths answer JSON too.
    api.get("**") { _ -> Response in throw Abort(.notFound, reason: "No such API route.") }
}
