import ClusterworksDomain
import FluentKit
import Foundation
import SQLKit

/// Everything the portfolio shows except the country names, read in one small query, and a
/// fingerprint of the country names: two equal states draw the same page in one language.
public struct PortfolioState: Equatable, Sendable {
    public struct Project: Equatable, Sendable {
        public let id: UUID
        public let code: String
        public let status: ProjectStatus
        public var countryCodes: [String]

        public init(id: UUID, code: String, status: ProjectStatus, countryCodes: [String]) {
            self.id = id
            self.code = code
            self.status = status
            self.countryCodes = countryCodes
        }
    }

    /// Sorted by code; each project's countries sorted by code.
    public let projects: [Project]
    public let clusters: Int
    public let networks: Int
    /// The countries' count and latest change: any change to a name changes it.
    public let countriesVersion: String
    /// Cooperation activities' count and the latest change to them, their agreements or any
    /// cluster (whose place an arc joins): the map's arcs are redrawn when it changes.
    public var cooperationVersion: String = ""

    /// A portfolio as a page shows it; `load` reads it from the database.
    public init(projects: [Project], clusters: Int, networks: Int, countriesVersion: String, cooperationVersion: String = "") {
        self.projects = projects
        self.clusters = clusters
        self.networks = networks
        self.countriesVersion = countriesVersion
        self.cooperationVersion = cooperationVersion
    }

    public static func load(on db: any Database) async throws -> PortfolioState {
        guard let sql = db as? any SQLDatabase else { return try await loadWithModels(on: db) }
        // One query: the counts in a single row joined to every project's countries (a programme
        // without projects still gets its row of counts).
        let rows = try await sql.raw("""
            SELECT n.clusters AS clusters, n.networks AS networks, n.countries AS countries, n.countries_changed AS countries_changed,
            n.activities AS activities, n.activities_changed AS activities_changed, n.agreements_changed AS agreements_changed, n.clusters_changed AS clusters_changed,
            p.id AS id, p.code AS code, p.status AS status, c.country_code AS country FROM
            (SELECT (SELECT COUNT(*) FROM \(ident: ClusterModel.schema)) AS clusters, (SELECT COUNT(*) FROM \(ident: NetworkModel.schema)) AS networks,
             (SELECT COUNT(*) FROM \(ident: CountryModel.schema)) AS countries, (SELECT CAST(MAX(updated_at) AS TEXT) FROM \(ident: CountryModel.schema)) AS countries_changed,
             (SELECT COUNT(*) FROM \(ident: CooperationActivityModel.schema)) AS activities,
             (SELECT COALESCE(CAST(MAX(updated_at) AS TEXT), '-') FROM \(ident: CooperationActivityModel.schema)) AS activities_changed,
             (SELECT COALESCE(CAST(MAX(updated_at) AS TEXT), '-') FROM \(ident: CooperationAgreementModel.schema)) AS agreements_changed,
             (SELECT COALESCE(CAST(MAX(updated_at) AS TEXT), '-') FROM \(ident: ClusterModel.schema)) AS clusters_changed) n
            LEFT JOIN \(ident: ProjectModel.schema) p ON 1 = 1 LEFT JOIN \(ident: ProjectCountryModel.schema) c ON c.project_id = p.id
            ORDER BY p.code, p.id, c.country_code
            """).all()
        var projects: [Project] = []
        for row in rows {
            guard let id = try row.decode(column: "id", as: UUID?.self) else { continue }
            let country = try row.decode(column: "country", as: String?.self)
            if projects.last?.id != id {
                let status: ProjectStatus = try UnknownStoredChoice.read(try row.decode(column: "status", as: String.self), "projects.status")
                projects.append(Project(id: id, code: try row.decode(column: "code", as: String.self), status: status, countryCodes: []))
            }
            if let country { projects[projects.count - 1].countryCodes.append(country) }
        }
        let counts = rows.first
        let countries = try counts?.decode(column: "countries", as: Int.self) ?? 0
        let changed = try counts?.decode(column: "countries_changed", as: String?.self) ?? nil
        // Never NULL (COALESCE): SQLite's rows leave NULL columns out.
        let cooperation = try ["activities_changed", "agreements_changed", "clusters_changed"].map { try counts?.decode(column: $0, as: String.self) }
        return PortfolioState(projects: projects, clusters: try counts?.decode(column: "clusters", as: Int.self) ?? 0,
                              networks: try counts?.decode(column: "networks", as: Int.self) ?? 0, countriesVersion: "\(countries)@\(changed ?? "-")",
                              cooperationVersion: "\(try counts?.decode(column: "activities", as: Int.self) ?? 0)@" + cooperation.map { $0 ?? "-" }.joined(separator: "|"))
    }

    private static func loadWithModels(on db: any Database) async throws -> PortfolioState {
        let projects = try await ProjectModel.query(on: db).with(\.$countryLinks).sort(\.$code).sort(\.$id).all().map {
            Project(id: try $0.requireID(), code: $0.code, status: $0.projectStatus, countryCodes: $0.countryCodes)
        }
        let countries = try await CountryModel.query(on: db).all()
        let changed = countries.compactMap(\.updatedAt).max()
        return PortfolioState(projects: projects, clusters: try await ClusterModel.query(on: db).count(),
                              networks: try await NetworkModel.query(on: db).count(),
                              countriesVersion: "\(countries.count)@\(changed.map { "\($0.timeIntervalSince1970)" } ?? "-")",
                              cooperationVersion: try await cooperationVersion(db))
    }

    private static func cooperationVersion(_ db: any Database) async throws -> String {
        let latest = [try await CooperationActivityModel.query(on: db).max(\.$updatedAt), try await CooperationAgreementModel.query(on: db).max(\.$updatedAt),
                      try await ClusterModel.query(on: db).max(\.$updatedAt)]
        return "\(try await CooperationActivityModel.query(on: db).count())@" + latest.map { $0.map { "\($0.timeIntervalSince1970)" } ?? "-" }.joined(separator: "|")
    }
}
