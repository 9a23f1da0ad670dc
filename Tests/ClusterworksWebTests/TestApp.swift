import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import FluentPostgresDriver
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import SQLKit
import Vapor
import VaporTesting

/// A real application on a real database: a new SQLite file per test, or a new database per test
/// on the PostgreSQL server named by TEST_DATABASE_URL — so PostgreSQL tests run in parallel too.
enum TestApp {
    static let adminPassword = "admin-password-for-tests"
    static var postgresURL: String? { ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } }

    /// A prepared database (migrated, countries, indicators, the first admin) is a copy of one prepared
    /// once per run (`DatabaseTemplate`); `demo: true` starts from a copy of the demo programme.
    /// `prepared: false` leaves the database empty and unmigrated (a test loads an old one first).
    /// `template` names the template being built: the database is prepared here and left behind.
    static func run(postgres: Bool = false, prepared: Bool = true, demo: Bool = false, template building: DatabaseTemplate.Kind? = nil,
                    _ body: (Application) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cw-test-\(UUID().uuidString)").path
        var settings = Settings(environment: [:])
        settings.dataDirectory = dir
        settings.bcryptCost = 4
        settings.adminPassword = adminPassword
        let kind: DatabaseTemplate.Kind? = prepared && building != .prepared ? (demo ? .demo : .prepared) : nil
        let template = try await kind.asyncMap { try await DatabaseTemplate.shared.source($0, postgres: postgres) }
        let scratch = postgres ? try await ScratchDatabase.create(on: try #require(postgresURL), template: template,
                                                                          prefix: building == nil ? "cw_test_" : DatabaseTemplate.prefix) : nil
        settings.databaseURL = scratch?.url
        if let template, !postgres { try DatabaseTemplate.copy(sqlite: template, to: settings.sqlitePath) }
        // Tests run side by side, each with its own pool: two connections a loop keep them all under
        // the server's limit (CI starts PostgreSQL with max_connections=300).
        settings.postgresConnectionsPerLoop = 2
        // Every test runs at once on two cores: a request may wait longer for a connection than a
        // server's users would, without that meaning the database is away.
        settings.postgresConnectionWait = 60
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: settings)
            if template != nil {
                // A copy is migrated and holds its bootstrap records; SQLite's connections still need their settings.
                try await DatabaseSetup.prepareSQLite(app)
            } else if prepared {
                try await prepareDatabase(app)
                _ = try await Bootstrap.firstAdmin(app)
            }
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            try? FileManager.default.removeItem(atPath: dir)
            try? await scratch?.drop()
            throw error
        }
        try await app.asyncShutdown()
        if building != nil { return }
        try? FileManager.default.removeItem(atPath: dir)
        try await scratch?.drop()
    }
}

/// The databases a suite runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL names a server.
/// A test taking one as its argument runs once on each, each run on a database of its own.
enum TestDatabase: String, Sendable, CustomTestStringConvertible {
    case sqlite = "SQLite", postgres = "PostgreSQL"

    static var available: [TestDatabase] { TestApp.postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    var testDescription: String { rawValue }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension TestApp {
    static func run(on database: TestDatabase, demo: Bool = false, _ body: (Application) async throws -> Void) async throws {
        try await run(postgres: database == .postgres, demo: demo, body)
    }
}

/// A database of its own for one test on the PostgreSQL server, dropped after it.
struct ScratchDatabase {
    let server: String
    let name: String
    let url: String

    /// A new database, empty or a copy of `template`.
    static func create(on server: String, template: String? = nil, prefix: String = "cw_test_") async throws -> ScratchDatabase {
        let name = prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        var parts = try #require(URLComponents(string: server))
        parts.path = "/" + name
        let scratch = ScratchDatabase(server: server, name: name, url: try #require(parts.string))
        try await scratch.run("CREATE DATABASE \"\(name)\"" + (template.map { " TEMPLATE \"\($0)\"" } ?? ""))
        return scratch
    }

    /// Names of the server's databases starting with `prefix`.
    static func named(_ prefix: String, on server: String) async throws -> [String] {
        let probe = ScratchDatabase(server: server, name: "", url: server)
        return try await probe.rows("SELECT datname FROM pg_database WHERE datname LIKE '\(prefix)%'")
    }

    func drop() async throws { try await run("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)") }

    /// On the server's own database: a database is created and dropped from outside it.
    func run(_ statement: String) async throws { _ = try await rows(statement) }

    /// The first column of each row a statement answers, as text.
    private func rows(_ statement: String) async throws -> [String] {
        let logger = Logger(label: "scratch-database")
        let config = try SQLPostgresConfiguration(url: server)
        let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: 1, logger: logger)
        do {
            var names: [String] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger) {
                names.append(try row.decode(String.self))
            }
            try await connection.close()
            return names
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// A browser-like client: keeps the session cookie and the CSRF token of the last page.
struct Browser {
    let app: Application
    var cookies: [String: String] = [:]
    var csrf = ""

    init(_ app: Application) { self.app = app }

    mutating func send(_ method: HTTPMethod, _ path: String, form: [String: String]? = nil, raw: String? = nil,
                       json: String? = nil, csv: String? = nil, bearer: String? = nil, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        var body = ByteBuffer()
        if let form {
            headers.contentType = .urlEncodedForm
            let encoded = form.map { k, v in "\(Self.escape(k))=\(Self.escape(v))" }.joined(separator: "&")
            body.writeString(encoded)
        } else if let raw {
            headers.contentType = .urlEncodedForm
            body.writeString(raw)
        } else if let json {
            headers.contentType = .json
            body.writeString(json)
        } else if let csv {
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            body.writeString(csv)
        }
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        let response = try await app.testing().performTest(request: .init(method: method, url: URI(string: path), headers: headers, body: body))
        for cookie in response.headers[.setCookie] {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || cookie.contains("Max-Age=0") || cookie.contains("1970") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    static func escape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    static func csrfToken(in html: String) -> String? {
        guard let r = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[r.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    mutating func get(_ path: String) async throws -> TestingHTTPResponse { try await send(.GET, path) }

    /// Posts a form with the current CSRF token, as a page would.
    mutating func post(_ path: String, _ form: [String: String]) async throws -> TestingHTTPResponse {
        var form = form
        form["_csrf"] = csrf
        return try await send(.POST, path, form: form)
    }

    /// Posts multipart form data, as a form with file inputs does: `files` maps a field to its file's text.
    mutating func upload(_ path: String, fields: [String: String], files: [String: String], bearer: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "cw-boundary-\(UUID().uuidString)"
        var text = ""
        var fields = fields
        if bearer == nil { fields["_csrf"] = csrf }
        for (k, v) in fields { text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n" }
        for (k, v) in files {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"; filename=\"\(k).csv\"\r\nContent-Type: text/csv\r\n\r\n\(v)\r\n"
        }
        text += "--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        if !cookies.isEmpty { headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        if let bearer { headers.bearerAuthorization = .init(token: bearer) }
        return try await app.testing().performTest(request: .init(method: .POST, url: URI(string: path), headers: headers, body: ByteBuffer(string: text)))
    }

    /// A network analysis (page, CSV or API) once the background worker has computed it.
    mutating func analysed(_ path: String, bearer: String? = nil) async throws -> TestingHTTPResponse {
        for _ in 0..<600 {
            let r = bearer != nil ? try await send(.GET, path, bearer: bearer) : try await get(path)
            if r.status != .accepted && !String(buffer: r.body).contains("data-analysis=\"pending\"") { return r }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Abort(.gatewayTimeout, reason: "The analysis at \(path) was not ready after a minute.")
    }

    mutating func signIn(_ email: String, _ password: String) async throws -> TestingHTTPResponse {
        _ = try await get("/sign-in")
        return try await post("/sign-in", ["email": email, "password": password, "next": "/"])
    }
}

/// The application's real HTTP server on a free local port, spoken to byte by byte: for what only
/// the server sees (a declared length, the request line), which the in-memory tester normalises.
enum LiveServer {
    static func run(_ app: Application, _ body: (Int) async throws -> Void) async throws {
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body(port)
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }

    /// Sends `request` and reads until the answer is whole, the server closes or `timeout` passes;
    /// returns what came back. The blocking socket runs on a thread of its own, never on the few
    /// threads Swift's tasks (and so the server's handlers) share.
    static func exchange(port: Int, _ request: [UInt8], timeout: Double = 10) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try blockingExchange(port: port, request, timeout: timeout) }) }.start()
        }
    }

    private static func blockingExchange(port: Int, _ request: [UInt8], timeout: Double) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { throw Abort(.internalServerError, reason: "cannot connect to the test server") }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            answer += chunk[0..<n]
            if let text = String(bytes: answer, encoding: .utf8), let end = text.range(of: "\r\n\r\n"),
               let length = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") })
                .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
               answer.count >= text.utf8.distance(from: text.utf8.startIndex, to: end.upperBound) + length { break }
        }
        return String(decoding: answer, as: UTF8.self)
    }

    static func status(_ answer: String) -> Int? { answer.split(separator: " ").dropFirst().first.flatMap { Int($0) } }
}
