@testable import ClusterworksWeb
import Foundation

/// Databases prepared once per run and database kind, then copied for each test: a SQLite file
/// copied, a PostgreSQL database made with it as TEMPLATE. Preparing (migrations, countries,
/// indicators) and loading the demo go through the same code as always, once; copying takes a moment.
actor DatabaseTemplate {
    enum Kind: Hashable, Sendable {
        /// Migrated, with the countries, the indicator library and the first admin.
        case prepared
        /// Prepared, with the demo programme loaded through its workflows.
        case demo
    }

    static let shared = DatabaseTemplate()
    static let prefix = "cw_template_"
    private var built: [String: Task<String, any Error>] = [:]
    private var cleared = false

    /// The SQLite file, or the PostgreSQL database's name, to copy.
    func source(_ kind: Kind, postgres: Bool) async throws -> String {
        let key = "\(kind)-\(postgres)"
        if let task = built[key] { return try await task.value }
        if postgres && !cleared {
            cleared = true
            try await Self.clearEarlierRuns()
        }
        let task = Task { try await Self.build(kind, postgres: postgres) }
        built[key] = task
        return try await task.value
    }

    /// Templates of earlier runs are left on the server (nothing runs at a test process's end).
    private static func clearEarlierRuns() async throws {
        guard let server = TestApp.postgresURL else { return }
        for old in try await ScratchDatabase.named(prefix, on: server) {
            try await ScratchDatabase(server: server, name: old, url: server).drop()
        }
    }

    private static func build(_ kind: Kind, postgres: Bool) async throws -> String {
        var source = ""
        try await TestApp.run(postgres: postgres, template: kind) { app in
            if kind == .demo { try await DemoProgramme.load(on: app.db) }
            source = app.settings.databaseURL.flatMap { URL(string: $0)?.lastPathComponent } ?? app.settings.sqlitePath
        }
        return source
    }

    /// A copy of the template's SQLite file, with its write-ahead log should closing have left one.
    static func copy(sqlite template: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: template, toPath: path)
        if FileManager.default.fileExists(atPath: template + "-wal") { try FileManager.default.copyItem(atPath: template + "-wal", toPath: path + "-wal") }
    }
}
