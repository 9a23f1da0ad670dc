import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// All wiring of the application: database, middleware, routes.
public func configure(_ app: Application, settings: Settings = Settings()) async throws {
    app.settings = settings
    try DatabaseSetup.configure(app)
    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    app.decoyPasswordHash = try Bcrypt.hash("not-a-real-password", cost: settings.bcryptCost)
    app.routes.defaultMaxBodySize = "1mb"
    app.http.server.configuration.responseCompression = .enabled
    // Compressed request bodies are refused by `RequestLimits`, never inflated.
    app.http.server.configuration.requestDecompression = .disabled
    if let port = ProcessInfo.processInfo.environment["PORT"].flatMap(Int.init) {
        app.http.server.configuration.port = port
    }
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorResponder())
    app.middleware.use(RequestLimits())
    let atlas = try WorldAtlas.load()
    app.worldAtlas = atlas
    try routes(app, atlas: atlas)
    app.routeMethods = RouteMethods(app.routes)
    let worker = NetworkAnalysisWorker()
    app.networkAnalysisWorker = worker
    app.lifecycle.use(worker)
}

/// Migrates and prepares the database; run before serving and by the CLI.
public func prepareDatabase(_ app: Application) async throws {
    try await DatabaseSetup.prepareSQLite(app)
    try await app.autoMigrate()
    try await SearchKeys.fill(on: app.db)
    try await Bootstrap.countries(app)
    try await Bootstrap.indicators(app)
}

struct WorldAtlasKey: StorageKey {
    typealias Value = WorldAtlas
}

extension Application {
    /// The projected map, built once at start-up from the bundled file.
    var worldAtlas: WorldAtlas? {
        get { storage[WorldAtlasKey.self] }
        set { storage[WorldAtlasKey.self] = newValue }
    }
}
