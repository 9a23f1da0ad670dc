import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import SQLKit
import Vapor

/// `clusterworks migrate`: brings the schema up to date and loads the countries.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Migrates the database and loads reference data." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await prepareDatabase(context.application)
        context.console.print("Database is up to date.")
    }
}

/// `clusterworks demo load`: the demo programme, into an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "load") var action: String
    }
    var help: String { "Loads the demo programme (demo load)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "load" else { throw Refused(.badRequest, L("Usage: clusterworks demo load")) }
        let app = context.application
        try await prepareDatabase(app)
        if try await DemoProgramme.load(on: app.db, today: app.settings.clock.today) {
            try await DemoUsers.create(app)
            context.console.print("Demo programme loaded. Demo users (password '\(DemoUsers.password)'): pm@example.org, broker@example.org, viewer@example.org")
        } else {
            context.console.print("The database already holds projects; the demo was not loaded.")
        }
    }
}

/// `clusterworks user create --email … --name … --role …` (password from --password or printed).
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create") var action: String
        @Option(name: "email") var email: String?
        @Option(name: "name") var name: String?
        @Option(name: "role", help: "admin, programme_manager, broker, institution_staff, enterprise_member, viewer") var role: String?
        @Option(name: "password") var password: String?
        @Option(name: "language") var language: String?
    }
    var help: String { "Creates a user (user create --email E --name N --role R [--password P])." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else { throw Refused(.badRequest, L("Usage: clusterworks user create --email …")) }
        let app = context.application
        try await prepareDatabase(app)
        let password = signature.password ?? String(SecretToken.make().prefix(20))
        let input: [String: RawInput] = [
            "email": .text(signature.email ?? ""), "name": .text(signature.name ?? ""), "role": .text(signature.role ?? ""),
            "language": .text(signature.language ?? "en"), "active": .bool(true), "password": .text(password),
        ]
        let hasher = app.password
        do {
            let user = try await UserAccounts.create(input, by: .system("command line"), today: app.settings.clock.today,
                                                     hash: { try await hasher.async.hash($0) }, on: app.db)
            context.console.print("Created \(user.email) (\(user.userRole.label)).")
            if signature.password == nil { context.console.print("Password (shown once): \(password)") }
        } catch let e as FieldErrors {
            throw CommandFailure(description: "user not created: " + e.errors.summary)
        }
    }
}

/// `clusterworks token create --email …`: prints a new personal API token.
struct TokenCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create") var action: String
        @Option(name: "email") var email: String?
        @Option(name: "name") var name: String?
    }
    var help: String { "Issues a personal API token for a user (token create --email E)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else { throw Refused(.badRequest, L("Usage: clusterworks token create --email …")) }
        let app = context.application
        try await prepareDatabase(app)
        let email = (signature.email ?? "").lowercased()
        guard let user = try await UserModel.query(on: app.db).filter(\.$email == email).first() else {
            throw Refused(.notFound, L("No user with e-mail \(email)."))
        }
        let token = try await TokenController.issue(for: user, name: signature.name ?? "CLI", on: app.db)
        context.console.print(token)
    }
}

/// `clusterworks backup --to FILE`: a consistent copy of the SQLite database, safe while serving.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "the file to write; must not exist") var to: String?
    }
    var help: String { "Writes a consistent copy of the SQLite database (backup --to FILE)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let target = signature.to, !target.isEmpty else { throw Refused(.badRequest, L("Usage: clusterworks backup --to FILE")) }
        try await SQLiteBackup.write(context.application, to: target)
        context.console.print("Backup written to \(target).")
    }
}

enum SQLiteBackup {
    /// Copies the embedded database to `target`, which must not exist yet.
    static func write(_ app: Application, to target: String) async throws {
        guard app.settings.databaseURL == nil else {
            throw Refused(.badRequest, L("With PostgreSQL, back up with pg_dump; this command copies the embedded SQLite database."))
        }
        guard !FileManager.default.fileExists(atPath: target) else { throw Refused(.conflict, L("\(target) exists already.")) }
        try await DatabaseSetup.prepareSQLite(app)
        guard let sql = app.db as? any SQLDatabase else { return }
        // VACUUM INTO reads one snapshot of the database, so writes going on elsewhere do not tear the copy.
        try await sql.raw("VACUUM INTO \(bind: target)").run()
    }
}

/// `clusterworks analyze network --nodes nodes.csv --edges edges.csv [--directed] --out DIR`: per-node
/// measures (`nodes.csv`) and the findings (`summary.txt`) of an actor network.
struct AnalyzeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "network") var what: String
        @Option(name: "nodes", help: "CSV with id and optional group, kind") var nodes: String?
        @Option(name: "edges", help: "CSV with source, target and optional weight") var edges: String?
        @Option(name: "out", help: "folder for the results") var out: String?
        @Flag(name: "directed", help: "ties have a direction") var directed: Bool
    }
    var help: String { "Measures an actor network (analyze network --nodes N --edges E [--directed] --out DIR)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.what == "network", let nodes = signature.nodes, let edges = signature.edges, let out = signature.out else {
            throw Refused(.badRequest, L("Usage: clusterworks analyze network --nodes nodes.csv --edges edges.csv [--directed] --out DIR"))
        }
        let input: NetworkInput
        do {
            input = try NetworkInput(nodes: try CommandFailure.read(nodes), edges: try CommandFailure.read(edges), directed: signature.directed)
        } catch let p as CSVTable.Problem {
            throw Refused(.badRequest, .verbatim("\(p)"))
        }
        let report = NetworkReport(input)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try report.csv.write(toFile: out + "/nodes.csv", atomically: true, encoding: .utf8)
        var summary = report.findings.joined(separator: "\n") + "\n"
        let brokers: [String] = report.keyBrokers(10).map { n in "  " + n.id + "\t" + String(format: "%.1f", n.betweenness) }
        summary += "\nKey brokers (betweenness):\n" + brokers.joined(separator: "\n") + "\n"
        if input.graph.droppedSelfLoops + input.graph.mergedDuplicates > 0 {
            summary += "\n\(input.graph.droppedSelfLoops) self-loops dropped, \(input.graph.mergedDuplicates) repeated ties merged by summing their weights.\n"
        }
        try summary.write(toFile: out + "/summary.txt", atomically: true, encoding: .utf8)
        context.console.print(summary)
        context.console.print("Per-node measures written to \(out)/nodes.csv.")
    }
}

/// `clusterworks map-clusters --stats stats.csv --definitions clusters.csv --out DIR`.
struct MapClustersCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "stats", help: "CSV with year, region, industry, employment, establishments, payroll") var stats: String?
        @Option(name: "definitions", help: "CSV with industry, cluster, traded (1 or 0)") var definitions: String?
        @Option(name: "out", help: "folder for the results") var out: String?
    }
    var help: String { "Maps clusters from regional statistics (map-clusters --stats S --definitions D --out DIR)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let stats = signature.stats, let definitions = signature.definitions, let out = signature.out else {
            throw Refused(.badRequest, L("Usage: clusterworks map-clusters --stats stats.csv --definitions clusters.csv --out DIR"))
        }
        let input: StatisticsInput
        do {
            input = try StatisticsInput(statistics: try CommandFailure.read(stats, mapped: true), definitions: try CommandFailure.read(definitions))
        } catch let p as StatisticsProblems {
            throw Refused(.badRequest, .verbatim("\(p)"))
        }
        let mapping = input.mapping
        _ = try MappingOutput.write(input, mapping, to: out)
        let strong = mapping.results.map { r in r.strong.reduce(0) { $0 + $1.count } }
        context.console.print("\(input.rows.count) rows, \(input.regionNames.count) regions, \(input.clusterNames.count) clusters; strong clusters per year: \(strong). Results in \(out).")
    }
}

extension Application {
    /// Registers the CLI's commands next to Vapor's `serve`.
    public func registerCommands() {
        asyncCommands.use(MigrateCommand(), as: "migrate")
        asyncCommands.use(DemoCommand(), as: "demo")
        asyncCommands.use(UserCommand(), as: "user")
        asyncCommands.use(TokenCommand(), as: "token")
        asyncCommands.use(BackupCommand(), as: "backup")
        asyncCommands.use(AnalyzeCommand(), as: "analyze")
        asyncCommands.use(MapClustersCommand(), as: "map-clusters")
    }
}
