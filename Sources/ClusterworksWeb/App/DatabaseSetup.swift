import ClusterworksPersistence
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import ClusterworksWorkflows
import Vapor

/// Chooses the database: PostgreSQL when a URL is given, otherwise the embedded SQLite file.
enum DatabaseSetup {
    static func configure(_ app: Application) throws {
        let settings = app.settings
        if let url = settings.databaseURL {
            let config = try SQLPostgresConfiguration(url: url)
            app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: settings.postgresConnectionsPerLoop,
                                          connectionPoolTimeout: .seconds(Int64(settings.postgresConnectionWait))), as: .psql)
        } else {
            // The folder is made when the database is first prepared, not here: help and the analytics
            // commands configure the app too and must leave no trace.
            app.databases.use(.immediateTransactions(.sqlite(.file(settings.sqlitePath))), as: .sqlite)
        }
        app.migrations.add(ClusterworksMigrations.all)
        app.databases.middleware.use(SearchKeyMiddleware())
    }

    /// WAL with full sync: a write acknowledged to a client survives a crash; a bounded busy wait
    /// turns a stuck writer into an error instead of a hung request. Pragmas are per connection,
    /// and the SQLite pool keeps one connection per event loop, so each loop's connection is set.
    static func prepareSQLite(_ app: Application) async throws {
        guard app.settings.databaseURL == nil else { return }
        try FileManager.default.createDirectory(atPath: app.settings.dataDirectory, withIntermediateDirectories: true)
        for loop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: loop) as? any SQLDatabase else { continue }
            try await db.raw("PRAGMA journal_mode = WAL").run()
            try await db.raw("PRAGMA synchronous = FULL").run()
            try await db.raw("PRAGMA busy_timeout = 5000").run()
            try await db.raw("PRAGMA foreign_keys = ON").run()
            // 32 MB of pages per connection instead of 2 MB: a bulk import's indexes stay in memory
            // until the commit instead of spilling to the file page by page.
            try await db.raw("PRAGMA cache_size = -32768").run()
        }
    }
}
