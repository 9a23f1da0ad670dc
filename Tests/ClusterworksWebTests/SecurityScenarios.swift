import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// What an outsider or a crowd can do to the server: parameters at the edge of the integer range,
/// crafted links, guesses fired at once, formulas in names, stolen tokens, oversized uploads,
/// several people saving at once. Each answer is a clear 4xx or a success, never a dead server.
enum SecurityScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("query parameters of every kind of route answer 400 naming the parameter", queryBounds),
        ("sign-in goes on only to a path of this site", returnPath),
        ("fifty guesses at once check at most the throttle's limit of passwords", concurrentGuesses),
        ("every CSV the app writes shows formulas as text", csvFormulas),
        ("a password change revokes the user's API tokens", tokensRevoked),
        ("an upload is refused before its body is read: role, size, token, form", uploadsGuarded),
        ("sixteen people saving one project at once are all served", concurrentEdits),
        ("a known path asked with another method answers 405 with Allow; 429 carries Retry-After", httpEdges),
    ]

    static func fieldNames(_ r: TestingHTTPResponse) -> Set<String> {
        guard let json = try? WebScenarios.json(r), let fields = (json["error"] as? [String: Any])?["fields"] as? [String: Any] else { return [] }
        return Set(fields.keys)
    }

    static func queryBounds(_ app: Application) async throws {
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var pm = Browser(app)
        _ = try await pm.signIn("pm@example.org", "a good long password")
        let files = ["statistics": ClusterMapScenarios.statistics, "definitions": ClusterMapScenarios.definitions]
        let made = try await pm.upload("/api/v1/cluster-maps", fields: ["name": "Edges"], files: files, bearer: try await WebScenarios.token(app, "pm@example.org"))
        let mapId = try #require(try WebScenarios.json(made)["id"] as? String)
        var s = try await ClusterCycleScenarios.setup(app)
        let cluster = s.clusterId
        _ = try await ClusterCycleScenarios.actor(app, &s, #"{"kind":"enterprise","name":"Spinner","country":"NI","employees":8}"#)
        var b = try await WebScenarios.signedInAdmin(app)
        let extremes = ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "0", "-1", "1e3", "abc", ""]
        // The page and the API of a cluster map: the GET that once stopped the server.
        for value in extremes.dropLast() {
            let page = try await b.get("/cluster-maps/\(mapId)?page=\(value)")
            #expect(page.status == .badRequest, "page=\(value)")
            #expect(page.body.string.contains("page: must be a whole number from 1 to 1000000"), "page=\(value)")
            for name in ["limit", "offset"] where !(name == "offset" && value == "0") {
                let api = try await b.send(.GET, "/api/v1/cluster-maps/\(mapId)?\(name)=\(value)", bearer: admin)
                #expect(api.status == .badRequest && fieldNames(api) == [name], "\(name)=\(value)")
            }
        }
        #expect(try await b.get("/cluster-maps/\(mapId)?page=1000000&region=Pune&strong=1").status == .ok)
        #expect(try await b.send(.GET, "/api/v1/cluster-maps/\(mapId)?offset=10000000&limit=5000", bearer: admin).status == .ok)
        let routes: [(String, String)] = [
            ("/api/v1/cluster-maps/\(mapId)?strong=yes", "strong"), ("/api/v1/cluster-maps/\(mapId)?region=\(String(repeating: "x", count: 201))", "region"),
            ("/api/v1/clusters/\(cluster)/network-analysis?groups=colour", "groups"),
            ("/api/v1/programme/clusters?sort=weight", "sort"), ("/api/v1/programme/clusters?projectId=12", "projectId"),
            ("/api/v1/programme/clusters?dir=up", "dir"), ("/api/v1/net/benchmark?phase=ninth", "phase"),
            ("/api/v1/users?role=king", "role"), ("/api/v1/users?perPage=201", "perPage"),
        ]
        for (path, name) in routes {
            let r = try await b.send(.GET, path, bearer: admin)
            #expect(r.status == .badRequest && fieldNames(r) == [name], "\(path)")
        }
        for path in ["/clusters/\(cluster)/network-analysis?groups=colour", "/clusters/\(cluster)/network-analysis.csv?groups=colour",
                     "/clusters/\(cluster)/linkages?before=1998-02-30", "/programme/clusters?sort=weight", "/net/benchmark?phase=ninth",
                     "/account/password?changed=maybe", "/admin/users?page=0"] {
            #expect(try await b.get(path).status == .badRequest, "\(path)")
        }
    }

    static func returnPath(_ app: Application) async throws {
        let tricks = ["https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example", " /projects", "javascript:alert(1)",
                      "/projects\r\nSet-Cookie: injected=1", "/projects\nX-Injected: 1", "/%0d%0aSet-Cookie:%20x=1".removingPercentEncoding!, "\\\\evil.example"]
        for next in tricks {
            var b = Browser(app)
            _ = try await b.get("/sign-in")
            let r = try await b.post("/sign-in", ["email": "admin@example.org", "password": TestApp.adminPassword, "next": next])
            #expect(r.status == .seeOther)
            #expect(r.headers.first(name: .location) == "/", "\(next.debugDescription)")
            #expect(!r.headers.contains(name: "X-Injected") && !r.headers[.setCookie].contains { $0.contains("injected") || $0.hasPrefix("x=") })
        }
        var b = Browser(app)
        _ = try await b.get("/sign-in?next=%2Fprojects%3Fq%3Dboaco")
        let kept = try await b.post("/sign-in", ["email": "admin@example.org", "password": TestApp.adminPassword, "next": "/projects?q=boaco"])
        #expect(kept.headers.first(name: .location) == "/projects?q=boaco")
    }

    /// Sends `count` wrong sign-ins at once with one form token; counts the passwords checked (answered
    /// "not right") and those turned away by the throttle before any check.
    static func guesses(_ app: Application, count: Int, email: @escaping @Sendable (Int) -> String) async throws -> (checked: Int, turnedAway: Int) {
        var b = Browser(app)
        _ = try await b.get("/sign-in")
        let form = b
        let answers = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<count {
                group.addTask {
                    var mine = form
                    return try await mine.post("/sign-in", ["email": email(i), "password": "wrong-password-\(i)"]).body.string
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        let checked = answers.filter { $0.contains("The e-mail or password is not right.") }.count
        let turnedAway = answers.filter { $0.contains("Too many failed") }.count
        return (checked, turnedAway)
    }

    static func concurrentGuesses(_ app: Application) async throws {
        // Fifty guesses at one account at once: five passwords are checked, the rest turned away unchecked.
        let account = try await guesses(app, count: 50) { _ in "admin@example.org" }
        #expect(account.checked == SignInService.throttle.accountFailures, "checked \(account.checked)")
        #expect(account.checked + account.turnedAway == 50)
        // Then the account is locked, even for its right password.
        var b = Browser(app)
        let locked = try await b.signIn("admin@example.org", TestApp.adminPassword)
        #expect(locked.status == .unauthorized && locked.body.string.contains("Too many failed attempts"))
        try await SignInFailureModel.query(on: app.db).delete()
        // Fifty guesses at fifty accounts from one address: twenty are checked.
        let address = try await guesses(app, count: 50) { "someone\($0)@example.org" }
        #expect(address.checked == SignInService.throttle.addressFailures, "checked \(address.checked)")
        #expect(address.checked + address.turnedAway == 50)
        // One at a time, the limits are reached exactly: five checked, the sixth turned away.
        try await SignInFailureModel.query(on: app.db).delete()
        b = Browser(app)
        for i in 1...6 {
            let r = try await b.signIn("admin@example.org", "wrong-password-\(i)")
            #expect(r.body.string.contains(i <= 5 ? "The e-mail or password is not right." : "Too many failed attempts"), "attempt \(i)")
        }
    }

    /// A field a spreadsheet would run: a formula, unless written as text (`'=…`) or inside quotes that begin with it.
    static func hasLiveFormula(_ csv: String) -> Bool {
        csv.split(whereSeparator: \.isNewline).contains { line in
            line.split(separator: ",", omittingEmptySubsequences: false).contains { field in
                let f = field.hasPrefix("\"") ? field.dropFirst() : field
                guard let c = f.first, "=+-@\t".contains(c) else { return false }
                return Double(f.trimmingCharacters(in: CharacterSet(charactersIn: "\""))) == nil
            }
        }
    }

    static func csvFormulas(_ app: Application) async throws {
        var s = try await ClusterCycleScenarios.setup(app)
        let names = ["=HYPERLINK(\\\"http://evil.example\\\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]
        var ids: [String] = []
        for name in names { ids.append(try await ClusterCycleScenarios.actor(app, &s, #"{"kind":"enterprise","name":"\#(name)","country":"NI","employees":4}"#)) }
        for (a, b) in zip(ids, ids.dropFirst()) {
            let r = try await s.b.send(.POST, s.base + "/linkages", json: #"{"fromActorId":"\#(a)","tieType":"supplier_of","toActorId":"\#(b)","status":"existing","recordedOn":"1998-01-01"}"#, bearer: s.broker)
            #expect(r.status == .created)
        }
        let network = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/networks", json: #"{"name":"=1+2","kind":"horizontal","country":"NI","phase":"strategic_projects","formedOn":"1998-03-01","projectId":"\#(s.projectId)"}"#, bearer: s.admin))
        let networkId = try #require(network["id"] as? String)
        let scores = NETIndicator.allCases.map { "\"\($0.scoreKey)\":3" }.joined(separator: ",")
        let assessed = try await s.b.send(.POST, "/api/v1/networks/\(networkId)/net", json: #"{"assessedOn":"2000-06-01","phase":"strategic_projects","assessor":"@broker","dependsOnBroker":false,\#(scores)}"#, bearer: s.admin)
        #expect(assessed.status == .created)
        // A project's report lists indicators by name: one named like a formula, with an approved figure.
        let indicator = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/indicators", json: #"{"name":"=1+2 trained","unit":"people","scale":"count","level":"cluster","direction":"higher"}"#, bearer: s.admin))["id"] as? String)
        let figure = try #require(try WebScenarios.json(try await s.b.send(.POST, s.base + "/results", json: #"{"indicatorId":"\#(indicator)","kind":"measurement","observedOn":"1998-01-01","value":4}"#, bearer: s.broker))["id"] as? String)
        #expect(try await s.b.send(.POST, s.base + "/results/\(figure)/submit", json: nil, bearer: s.broker).status == .ok)
        #expect(try await s.b.send(.POST, s.base + "/results/\(figure)/approve", json: nil, bearer: s.admin).status == .ok)
        // A broker and a cooperation activity named like formulas.
        let person = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/persons", json: #"{"name":"=cmd broker"}"#, bearer: s.admin))["id"] as? String)
        #expect(try await s.b.send(.POST, "/api/v1/brokers", json: #"{"personId":"\#(person)","kind":"cluster","status":"active","country":"NI"}"#, bearer: s.admin).status == .created)
        let partner = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/clusters", json: #"{"name":"Partner dairy","country":"CR","place":"Turrialba","sector":"Dairy","stage":"selection"}"#, bearer: s.admin))["id"] as? String)
        let agreement = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/cooperation", json: #"{"title":"Dairy exchange","clusterId":"\#(s.clusterId)","partnerClusterId":"\#(partner)","purpose":"Learn","startsOn":"1999-01-01"}"#, bearer: s.admin))["id"] as? String)
        #expect(try await s.b.send(.POST, "/api/v1/cooperation-activities", json: #"{"agreementId":"\#(agreement)","type":"exchange","title":"@SUM visit","startsOn":"1999-05-01"}"#, bearer: s.admin).status == .created)
        var b = try await WebScenarios.signedInAdmin(app)
        let csvRoutes = app.routes.all.filter { $0.method == .GET && ($0.path.last?.description.hasSuffix(".csv") ?? false) }
        var checked: Set<String> = []
        for (path, marker) in [("/clusters/\(s.clusterId)/network-analysis.csv", "'=HYPERLINK"), ("/net/matrix.csv", "'=1+2"), ("/api/v1/net/matrix.csv", "'=1+2"),
                               ("/projects/\(s.projectId)/report.csv", "'=1+2 trained"), ("/api/v1/projects/\(s.projectId)/report.csv", "'=1+2 trained"),
                               ("/brokers.csv", "'=cmd broker"), ("/api/v1/brokers.csv", "'=cmd broker"),
                               ("/cooperation-activities.csv", "'@SUM visit"), ("/api/v1/cooperation-activities.csv", "'@SUM visit")] {
            let r = path.hasPrefix("/api") ? try await b.send(.GET, path, bearer: s.admin) : try await b.analysed(path)
            let csv = String(buffer: r.body)
            #expect(r.status == .ok && csv.contains(marker), "\(path)")
            #expect(!hasLiveFormula(csv), "\(path): \(csv)")
            checked.insert(path.split(separator: "/").last.map(String.init) ?? path)
        }
        // Every CSV route of the app is among those checked.
        let served = Set(csvRoutes.compactMap { $0.path.last?.description })
        #expect(served.isSubset(of: checked) && !served.isEmpty)
    }

    static func tokensRevoked(_ app: Application) async throws {
        _ = try await WebScenarios.user(app, "broker@example.org", .broker)
        let token = try await WebScenarios.token(app, "broker@example.org")
        var b = Browser(app)
        #expect(try await b.send(.GET, "/api/v1/users/me", bearer: token).status == .ok)
        _ = try await b.signIn("broker@example.org", "a good long password")
        _ = try await b.get("/account/password")
        let changed = try await b.post("/account/password", ["current": "a good long password", "new": "another long password"])
        #expect(changed.status == .seeOther)
        #expect(try await b.get("/account/password?changed=1").body.string.contains("your API tokens were revoked"))
        #expect(try await b.send(.GET, "/api/v1/users/me", bearer: token).status == .unauthorized)
        #expect(try await APITokenModel.query(on: app.db).filter(\.$revokedAt == nil).count() == 0)
    }

    static func uploadsGuarded(_ app: Application) async throws {
        _ = try await WebScenarios.user(app, "viewer@example.org", .viewer)
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager)
        let viewerToken = try await WebScenarios.token(app, "viewer@example.org"), pmToken = try await WebScenarios.token(app, "pm@example.org")
        var viewer = Browser(app), pm = Browser(app)
        _ = try await viewer.signIn("viewer@example.org", "a good long password")
        _ = try await pm.signIn("pm@example.org", "a good long password")
        _ = try await viewer.get("/cluster-maps")
        _ = try await pm.get("/cluster-maps")
        func send(_ b: Browser, _ path: String, headers extra: HTTPHeaders, body: String, bearer: String? = nil) async throws -> TestingHTTPResponse {
            var headers = extra
            if !b.cookies.isEmpty { headers.add(name: .cookie, value: b.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
            if let bearer { headers.bearerAuthorization = .init(token: bearer) }
            return try await app.testing().performTest(request: .init(method: .POST, url: URI(string: path), headers: headers, body: ByteBuffer(string: body)))
        }
        let multipart: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=xyz"]
        // On the wire: a viewer declaring a 300 MB upload is refused for who they are, a manager for its
        // size — answered as the first bytes arrive, the rest never read.
        let firstChunk = [UInt8](repeating: UInt8(ascii: "a"), count: 65536)
        try await LiveServer.run(app) { port in
            func declare(_ path: String, bearer: String) async throws -> Int? {
                let head = "POST \(path) HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(bearer)\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: \(300 * 1_048_576)\r\n\r\n"
                return LiveServer.status(try await LiveServer.exchange(port: port, Array(head.utf8) + firstChunk))
            }
            let asViewer = try await declare("/api/v1/cluster-maps", bearer: viewerToken)
            let asManager = try await declare("/api/v1/cluster-maps", bearer: pmToken)
            #expect(asViewer == 403 && asManager == 413)
            let cookie = pm.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let page = "POST /cluster-maps HTTP/1.1\r\nHost: localhost\r\nCookie: \(cookie)\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: \(300 * 1_048_576)\r\n\r\n"
            let fromPage = try await LiveServer.exchange(port: port, Array(page.utf8) + firstChunk)
            #expect(LiveServer.status(fromPage) == 413)
        }
        // From the page, the form's token must come before any file; without it nothing is read or stored.
        let files = ["statistics": ClusterMapScenarios.statistics, "definitions": ClusterMapScenarios.definitions]
        var forged = pm
        forged.csrf = "forged"
        #expect(try await forged.upload("/cluster-maps", fields: ["name": "Forged"], files: files).status == .forbidden)
        #expect(try await ClusterMapModel.query(on: app.db).count() == 0)
        // Not multipart, or not well-formed: 415 and 400.
        #expect(try await send(pm, "/api/v1/cluster-maps", headers: ["Content-Type": "application/json"], body: "{}", bearer: pmToken).status == .unsupportedMediaType)
        #expect(try await send(pm, "/api/v1/cluster-maps", headers: ["Content-Type": "multipart/form-data; boundary="], body: "--\r\n", bearer: pmToken).status == .unsupportedMediaType)
        let cut = "--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nCut short"
        #expect(try await send(pm, "/api/v1/cluster-maps", headers: multipart, body: cut, bearer: pmToken).status == .badRequest)
        let nameless = "--xyz\r\nContent-Type: text/plain\r\n\r\nx\r\n--xyz--\r\n"
        #expect(try await send(pm, "/api/v1/cluster-maps", headers: multipart, body: nameless, bearer: pmToken).status == .badRequest)
        // A good upload, split across the boundary in odd places, is still read whole.
        let good = try await pm.upload("/api/v1/cluster-maps", fields: ["name": "Streamed"], files: files, bearer: pmToken)
        #expect(good.status == .created)
        #expect(try await ClusterMapModel.query(on: app.db).count() == 1)
    }

    static func concurrentEdits(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        let project = try WebScenarios.json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"SN1","title":"Senegal","countries":["SN"],"status":"ongoing","currency":"XOF"}"#, bearer: admin))
        let id = try #require(project["id"] as? String)
        let sets = [["SN"], ["SN", "ML"], ["SN", "BF"], ["ML", "BF", "SN"]]
        let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
            for i in 0..<16 {
                group.addTask {
                    var mine = Browser(app)
                    var codes: [UInt] = []
                    for round in 0..<4 {
                        let countries = sets[(i + round) % sets.count].map { "\"\($0)\"" }.joined(separator: ",")
                        let r = try await mine.send(.PATCH, "/api/v1/projects/\(id)", json: #"{"title":"Senegal \#(i)-\#(round)","countries":[\#(countries)]}"#, bearer: admin)
                        codes.append(r.status.code)
                    }
                    return codes.allSatisfy { $0 == 200 } ? 200 : codes.first { $0 != 200 }!
                }
            }
            return try await group.reduce(into: [UInt]()) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses)")
        let saved = try WebScenarios.json(try await b.send(.GET, "/api/v1/projects/\(id)", bearer: admin))
        let countries = try #require(saved["countries"] as? [String])
        #expect(sets.contains { Set($0) == Set(countries) } && countries.count == Set(countries).count)
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: id)!).count()
        #expect(history == 1 + 64)
    }

    static func httpEdges(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        for (method, path) in [(HTTPMethod.TRACE, "/api/v1/clusters"), (.PUT, "/api/v1/clusters"), (.DELETE, "/api/v1/clusters"), (.POST, "/api/v1/users/me")] {
            let r = try await b.send(method, path, bearer: admin)
            #expect(r.status == .methodNotAllowed, "\(method) \(path)")
            #expect(r.headers.first(name: .allow)?.contains("GET") == true)
            #expect(try WebScenarios.json(r)["error"] != nil)
        }
        #expect(try await b.send(.TRACE, "/projects").status == .methodNotAllowed)
        #expect(try await b.send(.GET, "/api/v1/no-such-thing", bearer: admin).status == .notFound)
        #expect(try await b.send(.GET, "/api/v1/clusters/\(UUID().uuidString)", bearer: admin).status == .notFound)
        for i in 0..<SignInService.throttle.addressFailures {
            _ = try await b.send(.POST, "/api/v1/auth/tokens", json: #"{"email":"someone\#(i)@example.org","password":"wrong password"}"#)
        }
        let throttled = try await b.send(.POST, "/api/v1/auth/tokens", json: #"{"email":"admin@example.org","password":"wrong password"}"#)
        #expect(throttled.status == .tooManyRequests)
        #expect(throttled.headers.first(name: .retryAfter) == "900")
        // A target longer than 8 KB answers 414; a compressed body 415, uninflated.
        try await LiveServer.run(app) { port in
            let long = "GET /api/v1/projects?q=\(String(repeating: "a", count: 9000)) HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(admin)\r\n\r\n"
            let tooLong = try await LiveServer.exchange(port: port, Array(long.utf8))
            #expect(LiveServer.status(tooLong) == 414)
            let gzip = "POST /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer \(admin)\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\n"
            let answer = try await LiveServer.exchange(port: port, Array(gzip.utf8) + [0x1f, 0x8b, 0x08, 0x00])
            #expect(LiveServer.status(answer) == 415 && answer.contains("unsupported_media_type"))
        }
    }
}

@Suite("A database that cannot be reached")
struct DatabaseOutageTests {
    @Test("given PostgreSQL is away, pages and the API answer 503 with Retry-After, not 500")
    func unreachable() async throws {
        var settings = Settings(environment: [:])
        settings.databaseURL = "postgres://nobody@127.0.0.1:1/nothing?sslmode=disable"
        settings.bcryptCost = 4
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: settings)
            var b = Browser(app)
            let api = try await b.send(.GET, "/api/v1/projects", bearer: "cw_some-token")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers.first(name: .retryAfter) == "5")
            #expect((try WebScenarios.json(api)["error"] as? [String: Any])?["code"] as? String == "unavailable")
            b.cookies[SessionAuthMiddleware.cookieName] = "some-session"
            let page = try await b.get("/projects")
            #expect(page.status == .serviceUnavailable && page.headers.first(name: .retryAfter) == "5")
            #expect(page.body.string.contains("cannot be reached"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
