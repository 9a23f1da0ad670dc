import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// Configuration, read once from the environment with defaults that work on a laptop.
public struct Settings: Sendable {
    public var databaseURL: String?
    public var dataDirectory: String
    public var adminEmail: String
    public var adminPassword: String?
    public var secureCookies: Bool
    public var bcryptCost: Int
    /// Trust `X-Forwarded-For` for the client address (only behind a proxy that sets it).
    public var trustProxy: Bool
    /// Today for every workflow: the system's day, or `CLUSTERWORKS_TODAY` (YYYY-MM-DD) to run as of a day.
    package var clock: Clock
    /// PostgreSQL connections each event loop keeps (`CLUSTERWORKS_DB_CONNECTIONS`, 1–64; default 4).
    public var postgresConnectionsPerLoop: Int
    /// Seconds a request waits for a free PostgreSQL connection before it is answered 503
    /// (`CLUSTERWORKS_DB_WAIT`, 1–300; default 10).
    public var postgresConnectionWait: Int

    public init(environment env: [String: String] = ProcessInfo.processInfo.environment) {
        databaseURL = env["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        dataDirectory = env["CLUSTERWORKS_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./var"
        adminEmail = env["CLUSTERWORKS_ADMIN_EMAIL"].flatMap { $0.isEmpty ? nil : $0 } ?? "admin@example.org"
        adminPassword = env["CLUSTERWORKS_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        secureCookies = env["CLUSTERWORKS_SECURE_COOKIES"] == "1" || env["CLUSTERWORKS_SECURE_COOKIES"] == "true"
        bcryptCost = env["CLUSTERWORKS_BCRYPT_COST"].flatMap(Int.init).map { min(max($0, 4), 15) } ?? 12
        trustProxy = env["CLUSTERWORKS_TRUST_PROXY"] == "1"
        postgresConnectionsPerLoop = env["CLUSTERWORKS_DB_CONNECTIONS"].flatMap(Int.init).map { min(max($0, 1), 64) } ?? 4
        postgresConnectionWait = env["CLUSTERWORKS_DB_WAIT"].flatMap(Int.init).map { min(max($0, 1), 300) } ?? 10
        clock = env["CLUSTERWORKS_TODAY"].flatMap(CalendarDate.init).map(Clock.fixed) ?? .system
    }

    public var sqlitePath: String { dataDirectory + "/clusterworks.sqlite" }
}

struct SettingsKey: StorageKey {
    typealias Value = Settings
}

extension Application {
    public var settings: Settings {
        get { storage[SettingsKey.self] ?? Settings() }
        set { storage[SettingsKey.self] = newValue }
    }
}
