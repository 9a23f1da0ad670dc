import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

func routes(_ app: Application, atlas: WorldAtlas) throws {
    let policy = SessionPolicy()
    /// Text the app carries in its code, cached for an hour.
    func serve(_ asset: SitePath.Asset, _ subType: String, _ text: String) {
        app.get(.asset(asset)) { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .init(type: "text", subType: subType, parameters: ["charset": "utf-8"])
            headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
            return Response(status: .ok, headers: headers, body: .init(string: text))
        }
    }
    serve(.stylesheet, "css", Stylesheet.css)
    serve(.uploadProgress, "javascript", ClusterMapForm.script)
    app.get(.health) { _ in "ok" }

    // Pages: cookie session, sign-in required, CSRF on every change.
    let pages = app.grouped(SessionAuthMiddleware(policy: policy)).grouped(LanguageMiddleware())
    let signIn = SignInController(policy: policy)
    try pages.register(collection: signIn)
    try pages.register(collection: LanguageSwitch())
    let signedIn = pages.grouped(RequireSignIn()).grouped(CSRFMiddleware())
    signIn.bootSignedIn(routes: signedIn)
    try signedIn.register(collection: PortfolioPage(atlas: atlas))
    try registerRegistries(signedIn, api: false)
    try signedIn.register(collection: MembershipPages())
    try signedIn.register(collection: DiagnosticPages())
    try signedIn.register(collection: FigureReviewPagesRoutes())
    try signedIn.register(collection: ReportingCalendarPages())
    try signedIn.register(collection: ReportingOrganisationPages())
    try signedIn.register(collection: ReportPages(atlas: atlas))
    try signedIn.register(collection: ProgrammeResultsPages())
    try signedIn.register(collection: ImpactPages())
    try signedIn.register(collection: ProgrammeBrokerPages())
    try signedIn.register(collection: IndicatorCurationPages())
    try signedIn.register(collection: PlanReviewPages())
    try signedIn.register(collection: ClusterStagePage())
    try signedIn.register(collection: ClusterOverview())
    try signedIn.register(collection: PhaseDecisionPages())
    try signedIn.register(collection: NETProgrammePages())
    try signedIn.register(collection: LinkageOverview())
    try signedIn.register(collection: NetworkAnalysisPages())
    try signedIn.register(collection: TieImportPages())
    try signedIn.register(collection: ClusterMapPages(atlas: atlas))
    try signedIn.register(collection: TokenController())
    try signedIn.register(collection: UserAdminPages())

    // API: bearer tokens, JSON errors.
    let api = app.grouped("api", "v1").grouped(LanguageMiddleware())
    api.get("openapi.json") { _ in try OpenAPIDocument.response() }
    for collection in APICollections.open { try api.register(collection: collection.init()) }
    let authed = app.grouped("api", "v1").grouped(BearerAuthMiddleware()).grouped(LanguageMiddleware()).grouped(RequireSignIn())
    try registerRegistries(authed, api: true)
    for collection in APICollections.signedIn { try authed.register(collection: collection.init()) }
    // Unknown API paths answer JSON too.
    api.get("**") { _ -> Response in throw Refused(.notFound, L("No such API route.")) }
}

/// Mounts every registry's pages, or its API, and every part's.
private func registerRegistries(_ routes: any RoutesBuilder, api: Bool) throws {
    for registry in Registries.all { try registry.mount(on: routes, api: api) }
    for part in AppParts.all { try part.mount(on: routes, api: api) }
}
