import ClusterworksDomain
@testable import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

/// Data outlives versions: a database made by an earlier release is migrated to today's schema and
/// every record and column it held is still there and readable.
@Suite("Upgrading a database made by an earlier release")
struct UpgradeTests {
    /// The release the fixture was made with, and what it held (counted when it was made).
    struct Manifest: Decodable {
        let release: String
        let tables: [String: Int]
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The first release, the last one before migrations became append-only, the last one with
    /// fixed breakdowns (by sex, by age group), whose fixture has figures broken down, and the last one
    /// that drew network analyses in English only, whose fixture keeps one per cluster.
    static let releases = ["9add88a", "2b9bc76", "b43432d", "6abbdd7"]
    /// Releases made before figures were approved: their figures had been reported, and stand approved.
    static let beforeApproval: Set = ["9add88a", "2b9bc76", "b43432d"]

    static func manifest(_ release: String) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: fixtures.appendingPathComponent("release-\(release).json")))
    }

    /// Every table of the old database keeps its rows; every model reads every row; the columns
    /// added since are there; search keys are filled; pages still answer.
    static func checkUpgraded(_ app: Application, _ manifest: Manifest) async throws {
        let sql = try #require(app.db as? any SQLDatabase)
        for (table, count) in manifest.tables.sorted(by: { $0.key < $1.key }) {
            let rows = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
            // Start-up seeds reference data an older release lacked (the indicator library, with its history and what was offered).
            if ["audit_entries", "countries", "indicators", "programme_settings"].contains(table) {
                #expect((rows ?? -1) >= count, "\(table): \(rows ?? -1) rows, the old release had \(count)")
            } else {
                #expect(rows == count, "\(table): \(rows ?? -1) rows, the old release had \(count)")
            }
        }
        #expect(try await ProjectModel.query(on: app.db).count() == manifest.tables["projects"])
        // Figures recorded before approval existed had been reported: they stand approved, saying why.
        let figures = try await ResultEntryModel.query(on: app.db).all()
        #expect(figures.count == manifest.tables["result_entries"] ?? 0)
        if beforeApproval.contains(manifest.release) {
            #expect(figures.allSatisfy { $0.figureStatus == .approved && $0.reviewComment == AddFigureApproval.upgradeComment })
        }
        for check in ModelReads.all { try await check(app.db) }
        for table in SearchKeys.types.map({ $0.schema }) {
            #expect(try await SchemaInspection.columns(table, on: sql).contains("search_key"))
        }
        #expect(try await ActorModel.query(on: app.db).filter(\.$searchKey == nil).count() == 0)
        #expect(try await SchemaInspection.columns(ClusterMapRegionModel.schema, on: sql).contains("strongest_lq"))
        var b = Browser(app)
        let signedIn = try await b.signIn("admin@example.org", "fixture-admin-password")
        #expect(signedIn.status == .seeOther)
        for path in ["/", "/projects", "/clusters", "/networks", "/programme/clusters", "/programme/linkages", "/cluster-maps"] {
            #expect(try await b.get(path).status == .ok, "\(path)")
        }
        for cluster in try await ClusterModel.query(on: app.db).all() {
            let base = "/clusters/\(try cluster.requireID().uuidString.lowercased())"
            #expect(try await b.get(base).status == .ok)
            // The table added since keeps the analysis of an old cluster's map once computed.
            let analysis = String(buffer: try await b.analysed(base + "/network-analysis").body)
            #expect(analysis.contains("data-analysis=\"ready\""), "\(base)")
        }
        #expect(try await NetworkAnalysisModel.query(on: app.db).filter(\.$status == "ready").count() == ClusterModel.query(on: app.db).count())
        // Analyses the old release kept in English are drawn again, in every language.
        if manifest.tables[NetworkAnalysisModel.schema, default: 0] > 0 {
            let cluster = try #require(try await ClusterModel.query(on: app.db).filter(\.$name ~~ "Boaco").first())
            _ = try await b.get("/")
            #expect(try await b.post("/language", ["language": "es", "back": "/"]).status == .seeOther)
            let spanish = String(buffer: try await b.analysed("/clusters/\(try cluster.requireID().lowercasedText)/network-analysis").body)
            #expect(spanish.contains("Lo que dicen los vínculos") && spanish.contains("vínculos;"), "the kept analysis of \(cluster.name) in Spanish")
            #expect(try await NetworkAnalysisModel.query(on: app.db).filter(\.$translatedPages != nil).count() == ClusterModel.query(on: app.db).count())
        }
        for network in try await NetworkModel.query(on: app.db).all() {
            #expect(try await b.get("/networks/\(try network.requireID().uuidString.lowercased())/phase").status == .ok)
        }
    }

    @Test("given the SQLite file of an earlier release with its demo, today's code migrates it and finds everything", arguments: releases)
    func sqlite(_ release: String) async throws {
        let manifest = try Self.manifest(release)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cw-upgrade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("release-\(release).sqlite"), to: dir.appendingPathComponent("clusterworks.sqlite"))
        var settings = Settings(environment: [:])
        settings.dataDirectory = dir.path
        settings.bcryptCost = 4
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: settings)
            let lists = try await Self.textLists(try #require(app.db as? any SQLDatabase))
            let breakdowns = try await Self.fixedBreakdowns(try #require(app.db as? any SQLDatabase))
            try await prepareDatabase(app)
            try await Self.checkUpgraded(app, manifest)
            try await Self.checkCarried(lists, manifest, app.db)
            try await Self.checkBreakdowns(breakdowns, manifest, app.db)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test("given the PostgreSQL dump of an earlier release with its demo, today's code migrates it and finds everything",
          .enabled(if: TestApp.postgresURL != nil), arguments: releases)
    func fromPostgreSQLDump(_ release: String) async throws {
        let manifest = try Self.manifest(release)
        try await TestApp.run(postgres: true, prepared: false) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            for statement in try Self.statements(of: Self.fixtures.appendingPathComponent("release-\(release).pg.sql")) {
                do { try await sql.raw(SQLQueryString(statement)).run() } catch {
                    Issue.record("\(String(reflecting: error)) in: \(statement.prefix(200))")
                    throw error
                }
            }
            let lists = try await Self.textLists(sql)
            let breakdowns = try await Self.fixedBreakdowns(sql)
            try await prepareDatabase(app)
            try await Self.checkUpgraded(app, manifest)
            try await Self.checkCarried(lists, manifest, app.db)
            try await Self.checkBreakdowns(breakdowns, manifest, app.db)
        }
    }

    typealias Lists = [String: [UUID: [UUID]]]

    /// The lists of ids an old database keeps as text, an id a line, by table and column.
    static func textLists(_ sql: any SQLDatabase) async throws -> Lists {
        struct Row: Decodable { let id: UUID, items: String }
        var out: Lists = [:]
        for list in MoveIdListsToJoinTables.lists {
            // The first release had neither round tables nor organisations per stage of the chain.
            guard try await SchemaInspection.columns(list.owner, on: sql).contains(list.column) else { continue }
            let rows = try await sql.select().column("id").column(SQLColumn(list.column), as: "items").from(list.owner).all(decoding: Row.self)
            out[list.table] = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.items.split(separator: "\n").compactMap { UUID(uuidString: String($0)) }) })
                .filter { !$0.value.isEmpty }
        }
        return out
    }

    /// After the upgrade every list is in its join table, in the same order, and the records read it.
    static func checkCarried(_ lists: Lists, _ manifest: Manifest, _ db: any Database) async throws {
        // A release made after the move kept its lists in join tables already: they are counted with the tables.
        guard manifest.tables[EventActors.table] == nil else { return }
        // The first release had no events yet; a later one's demo lists organisations at them.
        if manifest.tables[EventModel.schema, default: 0] > 0 { #expect(lists[EventActors.table, default: [:]].count > 0) }
        func joined<L: ReferenceList>(_: L.Type) async throws -> [UUID: [UUID]] {
            Dictionary(grouping: try await ListedReference<L>.query(on: db).sort(\.$position).all(), by: \.$owner.id).mapValues { $0.map(\.itemId) }
        }
        #expect(try await joined(EventActors.self) == lists[EventActors.table] ?? [:])
        #expect(try await joined(EventPersons.self) == lists[EventPersons.table] ?? [:])
        #expect(try await joined(RoundTableActors.self) == lists[RoundTableActors.table] ?? [:])
        #expect(try await joined(RoundTablePersons.self) == lists[RoundTablePersons.table] ?? [:])
        #expect(try await joined(ActionPartners.self) == lists[ActionPartners.table] ?? [:])
        #expect(try await joined(ChainStageActors.self) == lists[ChainStageActors.table] ?? [:])
        #expect(try await joined(JointProjectParticipants.self) == lists[JointProjectParticipants.table] ?? [:])
        // And a record shows its list as before.
        for event in try await EventModel.owned(by: .cluster, anyOf: try await ClusterModel.query(on: db).all().map { try $0.requireID() }, on: db).all() {
            #expect(event.values.ids("actorIds") == lists[EventActors.table]?[try event.requireID()] ?? [])
        }
    }

    /// The fixed breakdowns of an old database: each indicator's (`none`, `sex`, `age_group`) and each
    /// figure's parts (`female=60` lines).
    struct FixedBreakdowns { var indicators: [UUID: String] = [:], parts: [UUID: String] = [:] }

    static func fixedBreakdowns(_ sql: any SQLDatabase) async throws -> FixedBreakdowns {
        struct Indicator: Decodable { let id: UUID, disaggregation: String }
        struct Entry: Decodable { let id: UUID, parts: String }
        var out = FixedBreakdowns()
        // Releases since b43432d name breakdown dimensions instead.
        guard try await SchemaInspection.tableExists("indicators", on: sql),
              try await SchemaInspection.columns("indicators", on: sql).contains("disaggregation") else { return out }
        for i in try await sql.select().columns("id", "disaggregation").from("indicators").all(decoding: Indicator.self) { out.indicators[i.id] = i.disaggregation }
        for e in try await sql.select().columns("id", "parts").from("result_entries").all(decoding: Entry.self) where !e.parts.isEmpty { out.parts[e.id] = e.parts }
        return out
    }

    /// Each indicator's fixed breakdown is now its dimension, and every old part a value of it.
    static func checkBreakdowns(_ old: FixedBreakdowns, _ manifest: Manifest, _ db: any Database) async throws {
        if manifest.release == "b43432d" { #expect(old.parts.count == 4, "the fixture's figures broken down by sex and by age group") }
        let dimensions = try await DimensionModel.all(on: db)
        for (id, fixed) in old.indicators {
            let indicator = try #require(try await IndicatorModel.query(on: db).filter(\.$id == id).with(\.$dimensionList).first())
            #expect(indicator.dimensionIds.compactMap { dimensions[$0]?.code } == (fixed == "none" ? [] : [fixed]), "\(indicator.name)")
        }
        for (id, parts) in old.parts {
            let entry = try #require(try await ResultEntryModel.find(id, on: db))
            let breakdown = Breakdown(lines: entry.values["breakdown"]?.list ?? [])
            let lines = parts.split(separator: "\n").map { $0.split(separator: "=").map(String.init) }
            #expect(breakdown.lines.count == lines.count)
            for kv in lines {
                let dimension = ["female", "male"].contains(kv[0]) ? "sex" : "age_group"
                #expect(breakdown.value(dimension, kv[0]) == Double(kv[1]), "\(id) \(kv)")
            }
        }
    }

    /// A plain `pg_dump --inserts` file as single statements (the driver runs one at a time): split
    /// at semicolons outside quoted text, without comments and the dump's session settings — the
    /// test's connection keeps its own search path.
    static func statements(of file: URL) throws -> [String] {
        var out: [String] = [], current = "", quoted = false
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if !quoted && current.allSatisfy(\.isWhitespace) && (line.hasPrefix("--") || line.hasPrefix("\\")) { continue }
            for ch in line {
                if ch == "'" { quoted.toggle() }
                if ch == ";" && !quoted {
                    out.append(current.trimmingCharacters(in: .whitespacesAndNewlines)); current = ""
                } else { current.append(ch) }
            }
            current.append("\n")
        }
        return out.filter { !$0.isEmpty && !$0.hasPrefix("SET ") && !$0.contains("pg_catalog.set_config") }
    }

    @Test("given a database whose early migrations ran before they were edited, the repair adds what they left out")
    func repair() async throws {
        try await TestApp.run { app in
            let sql = try #require(app.db as? any SQLDatabase)
            // The schema as the first versions of those migrations made it (lists of ids still as text).
            try await app.db.transaction { tx in
                let s = tx as! any SQLDatabase
                try await MoveIdListsToJoinTables().revert(on: tx)
                for (table, column) in [(ClientProfileModel.schema, "local_share_before"), (ClientProfileModel.schema, "local_share_now"),
                                        (ChainStageModel.schema, "actor_ids"), (ClusterMapRegionModel.schema, "strongest_lq")] {
                    try await s.raw("ALTER TABLE \(ident: table) DROP COLUMN \(ident: column)").run()
                }
                for table in [RoundTableModel.schema, FeeYearModel.schema, LinkageUnitModel.schema] { try await s.raw("DROP TABLE \(ident: table)").run() }
                try await RepairEditedMigrations().prepare(on: tx)
            }
            #expect(try await SchemaInspection.columns(ChainStageModel.schema, on: sql).isSuperset(of: ["actor_ids"]))
            #expect(try await SchemaInspection.columns(ClientProfileModel.schema, on: sql).isSuperset(of: ["local_share_before", "local_share_now"]))
            #expect(try await SchemaInspection.tableExists(FeeYearModel.schema, on: sql))
            // Run again on a complete schema, it changes nothing.
            let columns = try await SchemaInspection.columns(ChainStageModel.schema, on: sql)
            try await RepairEditedMigrations().prepare(on: app.db)
            #expect(try await SchemaInspection.columns(ChainStageModel.schema, on: sql) == columns)
            try await MoveIdListsToJoinTables().prepare(on: app.db)
            try await DemoProgramme.load(on: app.db)
            for check in ModelReads.all { try await check(app.db) }
        }
    }
}

/// Reads every row of every model: a column the code expects and the database lacks fails here.
enum ModelReads {
    typealias Read = @Sendable (any Database) async throws -> Void
    static func read<M: Model>(_ type: M.Type) -> Read { { db in _ = try await M.query(on: db).all() } }

    static let all: [Read] = [
        read(UserModel.self), read(SessionModel.self), read(APITokenModel.self), read(AssignmentModel.self), read(SignInFailureModel.self),
        read(CountryModel.self), read(ProjectModel.self), read(ProjectCountryModel.self), read(ActorModel.self), read(PersonModel.self),
        read(ClusterModel.self), read(NetworkModel.self), read(MembershipModel.self), read(AuditEntryModel.self),
        read(DiagnosticModel.self), read(PerceptionModel.self), read(ChainStageModel.self), read(LinkageModel.self), read(EventModel.self),
        read(ActionPlanModel.self), read(ActionModel.self), read(ContributionModel.self), read(PlanReviewModel.self),
        read(IndicatorModel.self), read(DimensionModel.self), read(ResultEntryModel.self), read(HandoverPlanModel.self), read(ReadinessItemModel.self),
        read(BrokerCostStepModel.self), read(PhaseDecisionModel.self), read(NetworkRulesModel.self), read(BusinessPlanModel.self),
        read(JointProjectModel.self), read(ProjectContributionModel.self), read(NETAssessmentModel.self), read(NETTargetModel.self),
        read(NetworkRelationModel.self), read(ProgrammeSettingModel.self), read(SupplierEvaluationModel.self), read(ClientProfileModel.self),
        read(ImprovementPlanModel.self), read(ImprovementActionModel.self), read(PartnershipDecisionModel.self), read(RoundTableModel.self),
        read(LinkageUnitModel.self), read(FeeYearModel.self), read(ClusterMapModel.self), read(ClusterMapRegionModel.self),
        read(ClusterMapCandidateModel.self), read(ListedReference<EventActors>.self), read(ListedReference<EventPersons>.self),
        read(ListedReference<RoundTableActors>.self), read(ListedReference<RoundTablePersons>.self), read(ListedReference<ActionPartners>.self),
        read(ListedReference<ChainStageActors>.self), read(ListedReference<JointProjectParticipants>.self), read(NetworkAnalysisModel.self),
    ]
}
