import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Behaviour of the whole application, run on SQLite and on PostgreSQL alike.
enum WebScenarios {
    typealias Scenario = @Sendable (Application) async throws -> Void

    static let all: [(String, Scenario)] = [
        ("anonymous visitors see only the sign-in page", anonymous),
        ("an admin signs in and sees the portfolio map coloured by status", portfolio),
        ("the portfolio shows every change at the next view, though its drawing is kept between views", portfolioChanges),
        ("wrong passwords get one message and lock the account after five", lockout),
        ("a form without its CSRF token changes nothing", csrf),
        ("a cluster is created through its form, with errors shown and history kept", clusterForm),
        ("the API creates, reads, patches and deletes, with clear errors", apiCrud),
        ("roles and assignments decide who may change what", permissions),
        ("network memberships obey the network's rules", memberships),
        ("the OpenAPI document lists every API route and every query parameter each reads", openAPI),
        ("every page carries the security headers and a safe cookie", headers),
        ("changing a password or disabling a user ends their sessions", sessionsEnd),
        ("list parameters outside their bounds answer 400 naming the parameter", listParameters),
        ("an address with many failed sign-ins is turned away with 429", addressThrottle),
        ("idle and old sessions end on the server", sessionTimeouts),
        ("an admin cannot lock themselves out", adminContinuity),
        ("records are deleted from their page by those allowed to", deleteFromPage),
    ] + SecurityScenarios.all + NewProgrammeScenarios.all + ClusterCycleScenarios.all + NetworkScenarios.all + SupplierScenarios.all + ClusterMapScenarios.all
        + ReportScenarios.all + BrokerScenarios.all + LanguageScenarios.all + RouteScenarios.all

    static func signedInAdmin(_ app: Application) async throws -> Browser {
        var b = Browser(app)
        let r = try await b.signIn("admin@example.org", TestApp.adminPassword)
        #expect(r.status == .seeOther)
        return b
    }

    static func token(_ app: Application, _ email: String) async throws -> String {
        let user = try #require(try await UserModel.query(on: app.db).filter(\.$email == email).first())
        return try await TokenController.issue(for: user, name: "test", on: app.db)
    }

    static func user(_ app: Application, _ email: String, _ role: Role, scope: ScopeRef? = nil) async throws -> UserModel {
        let u = UserModel(email: email, name: email, role: role, passwordHash: try await app.password.async.hash("a good long password"))
        try await u.create(on: app.db)
        if let scope { try await AssignmentModel(userId: u.requireID(), scope: scope).create(on: app.db) }
        return u
    }

    static func json(_ r: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView)) as? [String: Any])
    }

    static func anonymous(_ app: Application) async throws {
        var b = Browser(app)
        let page = try await b.get("/projects")
        #expect(page.status == .seeOther)
        #expect(page.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        let api = try await b.get("/api/v1/projects")
        #expect(api.status == .unauthorized)
        let body = try json(api)
        #expect((body["error"] as? [String: Any])?["code"] as? String == "unauthorized")
        let bogus = try await b.send(.GET, "/api/v1/projects", bearer: "cw_not-a-token")
        #expect(bogus.status == .unauthorized)
    }

    static func portfolio(_ app: Application) async throws {
        try await DemoProgramme.load(on: app.db)
        var b = try await signedInAdmin(app)
        let page = try await b.get("/")
        #expect(page.status == .ok)
        let html = page.body.string
        #expect(html.contains("<svg"))
        #expect(html.contains("data-status=\"ongoing\" data-country=\"NI\""))
        #expect(html.contains("data-status=\"completed\" data-country=\"HN\""))
        #expect(html.contains("data-status=\"under_design\""))
        #expect(html.contains("Madagascar"))
        let (clusters, networks) = (try await ClusterModel.query(on: app.db).count(), try await NetworkModel.query(on: app.db).count())
        #expect(clusters > 0 && networks > 0 && clusters != networks)
        #expect(html.contains("<strong>\(clusters)</strong>Clusters") && html.contains("<strong>\(networks)</strong>Networks"))
        for path in ["/projects", "/clusters", "/networks", "/actors", "/persons", "/countries", "/admin/users", "/account/tokens",
                     "/projects?q=india", "/actors?sort=name&dir=desc&page=2", "/countries?q=nic"] {
            let r = try await b.get(path)
            #expect(r.status == .ok, "GET \(path)")
            #expect(!r.body.string.contains("HTML(raw:"), "markup was escaped as text on \(path)")
        }
        let search = try await b.get("/clusters?q=LUDHIANA")
        #expect(search.body.string.contains("Ludhiana knitwear"))
        #expect(!search.body.string.contains("Fez leather"))
        let masaya = try #require(try await NetworkModel.query(on: app.db).filter(\.$name == "Masaya woodworkers' network").first())
        let network = try await b.get("/networks/\(masaya.requireID().uuidString.lowercased())")
        #expect(network.body.string.contains("13 current members"))
        #expect(!network.body.string.contains("HTML(raw:"))
        #expect(network.body.string.contains("Expelled for opportunistic behaviour"))
    }

    static func portfolioChanges(_ app: Application) async throws {
        try await DemoProgramme.load(on: app.db)
        let admin = try await token(app, "admin@example.org")
        var b = try await signedInAdmin(app)
        func portfolio() async throws -> String { try await b.get("/").body.string }
        func send(_ method: HTTPMethod, _ path: String, _ body: String) async throws -> [String: Any] {
            let r = try await b.send(method, path, json: body, bearer: admin)
            #expect(r.status == .ok || r.status == .created, "\(method) \(path): \(r.body.string)")
            return try json(r)
        }
        let before = try await portfolio()
        #expect(before == (try await portfolio()))
        #expect(!before.contains("data-country=\"GH\""))
        let project = try #require(try await send(.POST, "/api/v1/projects", #"{"code":"GH-9","title":"Ghana","countries":["GH"],"status":"ongoing"}"#)["id"] as? String)
        #expect(try await portfolio().contains("data-status=\"ongoing\" data-country=\"GH\""))
        // Only the project's countries change: its own row stays as it was.
        _ = try await send(.PATCH, "/api/v1/projects/\(project)", #"{"countries":["TG"]}"#)
        let moved = try await portfolio()
        #expect(moved.contains("data-country=\"TG\"") && !moved.contains("data-country=\"GH\""))
        _ = try await send(.PATCH, "/api/v1/projects/\(project)", #"{"status":"suspended"}"#)
        #expect(try await portfolio().contains("data-status=\"suspended\" data-country=\"TG\""))
        let togo = try #require(try await CountryModel.query(on: app.db).filter(\.$code == "TG").first())
        _ = try await send(.PATCH, "/api/v1/countries/\(try togo.requireID().uuidString.lowercased())", #"{"nameEn":"Togolese Republic"}"#)
        #expect(try await portfolio().contains("<th scope=\"row\">Togolese Republic</th>"))
        let clusters = try await ClusterModel.query(on: app.db).count()
        _ = try await send(.POST, "/api/v1/clusters", #"{"name":"Lomé garments","country":"TG","place":"Lomé","sector":"Garments","stage":"selection"}"#)
        #expect(try await portfolio().contains("<strong>\(clusters + 1)</strong>Clusters"))
        #expect(try await b.send(.DELETE, "/api/v1/projects/\(project)", bearer: admin).status == .noContent)
        #expect(!(try await portfolio()).contains("data-country=\"TG\""))
    }

    static func lockout(_ app: Application) async throws {
        var b = Browser(app)
        let unknown = try await b.signIn("nobody@example.org", "whatever-password")
        let wrong = try await b.signIn("admin@example.org", "wrong-password-here")
        #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
        #expect(unknown.body.string.contains("The e-mail or password is not right."))
        #expect(wrong.body.string.contains("The e-mail or password is not right."))
        for _ in 0..<4 { _ = try await b.signIn("admin@example.org", "wrong-password-here") }
        let locked = try await b.signIn("admin@example.org", TestApp.adminPassword)
        #expect(locked.status == .unauthorized)
        #expect(locked.body.string.contains("Too many failed attempts"))
        #expect(b.cookies[SessionAuthMiddleware.cookieName] == nil)
    }

    static func csrf(_ app: Application) async throws {
        var b = try await signedInAdmin(app)
        let before = try await ClusterModel.query(on: app.db).count()
        let r = try await b.send(.POST, "/clusters", form: ["name": "X", "country": "IN", "place": "P", "sector": "S", "stage": "selection", "_csrf": "forged"])
        #expect(r.status == .forbidden)
        #expect(try await ClusterModel.query(on: app.db).count() == before)
        let signOut = try await b.send(.POST, "/sign-out", form: [:])
        #expect(signOut.status == .forbidden)
    }

    static func clusterForm(_ app: Application) async throws {
        var b = try await signedInAdmin(app)
        _ = try await b.get("/clusters/new")
        let bad = try await b.post("/clusters", ["name": "", "country": "XX", "place": "Masaya", "sector": "Wood",
                                                 "stage": "bogus", "latitude": "95", "estimatedFirms": "many"])
        #expect(bad.status == .unprocessableEntity)
        let html = bad.body.string
        for message in ["Name is required", "Stage must be one of", "Latitude must be between", "Estimated firms must be a whole number"] {
            #expect(html.contains(message), "\(message)")
        }
        #expect(html.contains("aria-invalid=\"true\""))
        #expect(try await ClusterModel.query(on: app.db).count() == 0)
        let unknownCountry = try await b.post("/clusters", ["name": "Masaya wood", "country": "XX", "place": "Masaya", "sector": "Wood", "stage": "selection"])
        #expect(unknownCountry.status == .unprocessableEntity)
        #expect(unknownCountry.body.string.contains("unknown country codes: XX"))
        let ok = try await b.post("/clusters", ["name": "Masaya woodworking", "country": "NI", "place": "Masaya", "sector": "Furniture",
                                                "stage": "selection", "products": "rocking chairs\nfurniture", "estimatedFirms": "400"])
        #expect(ok.status == .seeOther)
        let location = try #require(ok.headers.first(name: .location))
        let edited = try await b.post(location, ["name": "Masaya woodworking", "country": "NI", "place": "Masaya", "sector": "Furniture",
                                                 "stage": "selection", "estimatedFirms": "450"])
        #expect(edited.status == .seeOther)
        let show = try await b.get(location)
        #expect(show.body.string.contains("Selection"))
        #expect(show.body.string.contains("<strong>Changed</strong> by Administrator"))
        #expect(show.body.string.contains("400 → 450"))
        let list = try await b.get("/clusters?q=masaya")
        #expect(list.body.string.contains("Masaya woodworking"))
    }

    static func apiCrud(_ app: Application) async throws {
        var b = Browser(app)
        let issued = try await b.send(.POST, "/api/v1/auth/tokens", json: #"{"email":"admin@example.org","password":"\#(TestApp.adminPassword)"}"#)
        #expect(issued.status == .created)
        let token = try #require(try json(issued)["token"] as? String)
        let created = try await b.send(.POST, "/api/v1/projects", json: """
        {"code":"NIC-1","title":"Linkages","countries":["NI"],"status":"ongoing","actualStart":"1999-01-01","budget":1000,"currency":"USD"}
        """, bearer: token)
        #expect(created.status == .created)
        let project = try json(created)
        let id = try #require(project["id"] as? String)
        #expect(project["countries"] as? [String] == ["NI"])
        let read = try await b.send(.GET, "/api/v1/projects/\(id)", bearer: token)
        #expect(try json(read)["title"] as? String == "Linkages")
        let patched = try await b.send(.PATCH, "/api/v1/projects/\(id)", json: #"{"title":"Vertical linkages","countries":["NI","HN"]}"#, bearer: token)
        #expect(patched.status == .ok)
        #expect(try json(patched)["countries"] as? [String] == ["HN", "NI"])
        #expect(try json(patched)["status"] as? String == "ongoing")
        let filtered = try await b.send(.GET, "/api/v1/projects?country=HN", bearer: token)
        #expect(try json(filtered)["total"] as? Int == 1)
        // Bad input: malformed JSON, wrong types, unknown fields, bad dates, duplicates.
        #expect(try await b.send(.POST, "/api/v1/projects", json: "{not json", bearer: token).status == .badRequest)
        #expect(try await b.send(.POST, "/api/v1/projects", json: "[1,2]", bearer: token).status == .badRequest)
        let invalid = try await b.send(.POST, "/api/v1/projects", json: """
        {"code":42,"title":"","countries":"N","status":"done","plannedStart":"2024-02-30","budget":-1,"colour":"red"}
        """, bearer: token)
        #expect(invalid.status == .unprocessableEntity)
        let fields = try #require((try json(invalid)["error"] as? [String: Any])?["fields"] as? [String: Any])
        #expect(Set(fields.keys) == ["code", "title", "countries", "status", "plannedStart", "budget", "colour"])
        let huge = try await b.send(.POST, "/api/v1/projects", json: #"{"code":"\#(String(repeating: "x", count: 50_000))","title":"t","countries":["NI"],"status":"ongoing"}"#, bearer: token)
        #expect(huge.status == .unprocessableEntity)
        let duplicate = try await b.send(.POST, "/api/v1/projects", json: #"{"code":"NIC-1","title":"Again","countries":["NI"],"status":"under_design"}"#, bearer: token)
        #expect(duplicate.status == .conflict)
        #expect(try await b.send(.GET, "/api/v1/projects/\(UUID().uuidString)", bearer: token).status == .notFound)
        #expect(try await b.send(.GET, "/api/v1/projects/not-a-uuid", bearer: token).status == .notFound)
        // A project still referenced by a cluster cannot be deleted.
        let cluster = try await b.send(.POST, "/api/v1/clusters", json: """
        {"name":"Boaco dairy","country":"NI","place":"Boaco","sector":"Dairy","stage":"diagnostic","projectId":"\(id)"}
        """, bearer: token)
        #expect(cluster.status == .created)
        let missingRef = try await b.send(.POST, "/api/v1/clusters", json: """
        {"name":"Ghost","country":"NI","place":"Boaco","sector":"Dairy","stage":"diagnostic","projectId":"\(UUID().uuidString)"}
        """, bearer: token)
        #expect(missingRef.status == .unprocessableEntity)
        #expect(try await b.send(.DELETE, "/api/v1/projects/\(id)", bearer: token).status == .conflict)
        let clusterId = try #require(try json(cluster)["id"] as? String)
        #expect(try await b.send(.DELETE, "/api/v1/clusters/\(clusterId)", bearer: token).status == .noContent)
        #expect(try await b.send(.DELETE, "/api/v1/projects/\(id)", bearer: token).status == .noContent)
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: id)!).all()
        #expect(Set(history.map(\.action)) == ["create", "update", "delete"])
    }

    static func permissions(_ app: Application) async throws {
        let admin = try await token(app, "admin@example.org")
        var b = Browser(app)
        let project = try json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"P1","title":"T","countries":["IN"],"status":"ongoing"}"#, bearer: admin))
        let projectId = try #require(project["id"] as? String)
        let mine = try json(try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"Mine","country":"IN","place":"Pune","sector":"Food","stage":"selection"}"#, bearer: admin))
        let other = try json(try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"Other","country":"IN","place":"Jaipur","sector":"Textiles","stage":"diagnostic","projectId":"\#(projectId)"}"#, bearer: admin))
        let mineId = try #require(mine["id"] as? String), otherId = try #require(other["id"] as? String)
        _ = try await user(app, "viewer@example.org", .viewer)
        _ = try await user(app, "broker@example.org", .broker, scope: ScopeRef(.cluster, UUID(uuidString: mineId)!))
        _ = try await user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: projectId)!))
        let viewer = try await token(app, "viewer@example.org")
        let broker = try await token(app, "broker@example.org")
        let pm = try await token(app, "pm@example.org")
        #expect(try await b.send(.GET, "/api/v1/clusters/\(mineId)", bearer: viewer).status == .ok)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(mineId)", json: #"{"sector":"Food processing"}"#, bearer: viewer).status == .forbidden)
        #expect(try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"V"}"#, bearer: viewer).status == .forbidden)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(mineId)", json: #"{"sector":"Food processing"}"#, bearer: broker).status == .ok)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(otherId)", json: #"{"sector":"Food processing"}"#, bearer: broker).status == .forbidden)
        #expect(try await b.send(.DELETE, "/api/v1/clusters/\(otherId)", bearer: broker).status == .forbidden)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(mineId)", json: #"{"projectId":"\#(projectId)"}"#, bearer: broker).status == .forbidden)
        _ = try await user(app, "broker2@example.org", .broker, scope: ScopeRef(.cluster, UUID(uuidString: otherId)!))
        let broker2 = try await token(app, "broker2@example.org")
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(otherId)", json: #"{"sector":"Food processing"}"#, bearer: broker2).status == .ok)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(otherId)", json: #"{"projectId":null}"#, bearer: broker2).status == .forbidden)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(otherId)", json: #"{"sector":"Food processing"}"#, bearer: pm).status == .ok)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(mineId)", json: #"{"sector":"Food processing"}"#, bearer: pm).status == .forbidden)
        #expect(try await b.send(.GET, "/api/v1/users", bearer: pm).status == .forbidden)
        #expect(try await b.send(.GET, "/api/v1/users/me", bearer: pm).status == .ok)
        #expect(try await b.send(.POST, "/api/v1/countries", json: #"{"code":"QQ","nameEn":"Q","nameEs":"Q","nameFr":"Q"}"#, bearer: pm).status == .forbidden)
        // A broker who creates a cluster is assigned to it and may go on editing it.
        let created = try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"New","country":"NI","place":"Masaya","sector":"Wood","stage":"selection"}"#, bearer: broker)
        #expect(created.status == .created)
        let newId = try #require(try json(created)["id"] as? String)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(newId)", json: #"{"sector":"Furniture"}"#, bearer: broker).status == .ok)
        // The same rules hold for pages.
        var v = Browser(app)
        #expect(try await v.signIn("viewer@example.org", "a good long password").status == .seeOther)
        #expect(try await v.get("/clusters/\(mineId)/edit").status == .forbidden)
        #expect(try await v.post("/clusters/\(mineId)", ["name": "Hijack", "country": "IN", "place": "P", "sector": "S", "stage": "selection"]).status == .forbidden)
        #expect(try await v.get("/admin/users").status == .forbidden)
        #expect(try await ClusterModel.find(UUID(uuidString: mineId)!, on: app.db)?.name == "Mine")
    }

    static func memberships(_ app: Application) async throws {
        let admin = try await token(app, "admin@example.org")
        var b = Browser(app)
        let network = try json(try await b.send(.POST, "/api/v1/networks", json: #"{"name":"Masaya","kind":"horizontal","country":"NI","phase":"promotion","formedOn":"1998-03-01"}"#, bearer: admin))
        let nid = try #require(network["id"] as? String)
        let small = try json(try await b.send(.POST, "/api/v1/actors", json: #"{"kind":"enterprise","name":"Workshop","country":"NI","employees":5}"#, bearer: admin))
        let large = try json(try await b.send(.POST, "/api/v1/actors", json: #"{"kind":"enterprise","name":"Big firm","country":"NI","employees":900}"#, bearer: admin))
        #expect(small["sizeClass"] as? String == "micro")
        let sid = try #require(small["id"] as? String), lid = try #require(large["id"] as? String)
        let joined = try await b.send(.POST, "/api/v1/networks/\(nid)/memberships", json: #"{"actorId":"\#(sid)","role":"member","joinedOn":"1998-03-01"}"#, bearer: admin)
        #expect(joined.status == .created)
        let overlap = try await b.send(.POST, "/api/v1/networks/\(nid)/memberships", json: #"{"actorId":"\#(sid)","role":"member","joinedOn":"1999-01-01"}"#, bearer: admin)
        #expect(overlap.status == .unprocessableEntity)
        let bigOne = try await b.send(.POST, "/api/v1/networks/\(nid)/memberships", json: #"{"actorId":"\#(lid)","role":"member","joinedOn":"1999-01-01"}"#, bearer: admin)
        #expect(bigOne.status == .unprocessableEntity)
        let mid = try #require(try json(joined)["id"] as? String)
        let leftEarly = try await b.send(.PATCH, "/api/v1/networks/\(nid)/memberships/\(mid)", json: #"{"leftOn":"1997-01-01","leavingReason":"voluntary"}"#, bearer: admin)
        #expect(leftEarly.status == .unprocessableEntity)
        let expelled = try await b.send(.PATCH, "/api/v1/networks/\(nid)/memberships/\(mid)", json: #"{"leftOn":"1999-11-15","leavingReason":"expelled_opportunistic"}"#, bearer: admin)
        #expect(expelled.status == .ok)
        let readmitted = try await b.send(.POST, "/api/v1/networks/\(nid)/memberships", json: #"{"actorId":"\#(sid)","role":"member","joinedOn":"2000-09-01"}"#, bearer: admin)
        #expect(readmitted.status == .created)
        let list = try json(try await b.send(.GET, "/api/v1/networks/\(nid)/memberships", bearer: admin))
        #expect(list["total"] as? Int == 2)
        #expect(try await b.send(.GET, "/api/v1/networks/\(UUID().uuidString)/memberships", bearer: admin).status == .notFound)
    }

    static func openAPI(_ app: Application) async throws {
        var b = Browser(app)
        let doc = try json(try await b.get("/api/v1/openapi.json"))
        #expect(doc["openapi"] as? String == "3.1.0")
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        for route in app.routes.all {
            let parts = route.path.map(\.description)
            guard parts.starts(with: ["api", "v1"]), parts.count > 2, parts.last != "**", parts.last != "openapi.json" else { continue }
            let path = "/" + parts.dropFirst(2).map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
            let operations = try #require(paths[path], "\(path) is missing from the OpenAPI document")
            let operation = operations[route.method.rawValue.lowercased()] as? [String: Any]
            #expect(operation != nil, "\(route.method) \(path) is missing")
            // Every query parameter the route reads (it may read only those it declares) is documented, and no other.
            let documented = ((operation?["parameters"] as? [[String: Any]]) ?? []).filter { $0["in"] as? String == "query" }.compactMap { $0["name"] as? String }
            #expect(Set(documented) == Set(route.declaredQuery), "\(route.method) \(path): documented \(documented.sorted()), read \(route.declaredQuery.sorted())")
        }
    }

    static func headers(_ app: Application) async throws {
        var b = Browser(app)
        let signIn = try await b.get("/sign-in")
        #expect(signIn.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
        #expect(signIn.headers.first(name: "Content-Security-Policy")?.contains("script-src 'self';") == true)
        #expect(signIn.headers.first(name: "Content-Security-Policy")?.contains("unsafe-inline") == false)
        #expect(signIn.headers.first(name: "X-Content-Type-Options") == "nosniff")
        #expect(signIn.headers.first(name: "Referrer-Policy") != nil)
        let r = try await b.signIn("admin@example.org", TestApp.adminPassword)
        let cookie = try #require(r.headers[.setCookie].first { $0.hasPrefix(SessionAuthMiddleware.cookieName) })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
        let page = try await b.get("/")
        #expect(page.headers.first(name: .cacheControl) == "no-store")
    }

    static func sessionsEnd(_ app: Application) async throws {
        let u = try await user(app, "broker@example.org", .broker)
        var first = Browser(app), second = Browser(app)
        #expect(try await first.signIn("broker@example.org", "a good long password").status == .seeOther)
        #expect(try await second.signIn("broker@example.org", "a good long password").status == .seeOther)
        _ = try await first.get("/account/password")
        let weak = try await first.post("/account/password", ["current": "a good long password", "new": "short"])
        #expect(weak.status == .unprocessableEntity)
        let changed = try await first.post("/account/password", ["current": "a good long password", "new": "another long password"])
        #expect(changed.status == .seeOther)
        #expect(try await first.get("/projects").status == .ok)
        #expect(try await second.get("/projects").status == .seeOther)
        var admin = try await signedInAdmin(app)
        _ = try await admin.get("/admin/users/\(u.requireID().uuidString.lowercased())")
        let disabled = try await admin.post("/admin/users/\(u.requireID().uuidString.lowercased())",
                                            ["email": "broker@example.org", "name": "B", "language": "en", "role": "broker", "active": "false"])
        #expect(disabled.status == .seeOther)
        #expect(try await first.get("/projects").status == .seeOther)
        #expect(try await first.signIn("broker@example.org", "another long password").status == .unauthorized)
    }
}

extension WebScenarios {
    static func listParameters(_ app: Application) async throws {
        let admin = try await token(app, "admin@example.org")
        var b = try await signedInAdmin(app)
        let badFilter = try await b.send(.GET, "/api/v1/clusters?projectId=abc", bearer: admin)
        #expect(badFilter.status == .badRequest)
        #expect(((try json(badFilter)["error"] as? [String: Any])?["fields"] as? [String: Any])?["projectId"] != nil)
        #expect(try await b.get("/clusters?projectId=abc").status == .badRequest)
        // Outside what a parameter takes: 400 naming it, on the page and in the API alike.
        let long = String(repeating: "a", count: 201)
        for (query, name) in [("page=99999999999999999", "page"), ("page=-9223372036854775808", "page"), ("page=9223372036854775807", "page"),
                              ("page=0", "page"), ("page=-3", "page"), ("page=abc", "page"), ("page=1&page=2", "page"), ("perPage=100000", "perPage"),
                              ("sort=nope", "sort"), ("dir=sideways", "dir"), ("kind=nonsense", "kind"), ("country=zzz", "country"),
                              ("clusterId=abc", "clusterId"), ("q=\(long)", "q")] {
            let api = try await b.send(.GET, "/api/v1/networks?\(query)", bearer: admin)
            #expect(api.status == .badRequest, "\(query)")
            #expect(((try json(api)["error"] as? [String: Any])?["fields"] as? [String: Any])?[name] != nil, "\(query)")
            #expect(try await b.get("/networks?\(query)").status == .badRequest, "\(query)")
        }
        // Within bounds, however far: answered, an empty page past the end.
        let far = try await b.send(.GET, "/api/v1/actors?page=1000000&perPage=200&sort=name&dir=desc", bearer: admin)
        #expect(far.status == .ok)
        #expect(try json(far)["perPage"] as? Int == 200)
        #expect((try json(far)["items"] as? [Any])?.isEmpty == true)
        for query in ["page=1", "country=zz", "kind=vertical", "q=%25%27%22", "clusterId=\(UUID().uuidString)", "q="] {
            #expect(try await b.send(.GET, "/api/v1/networks?\(query)", bearer: admin).status == .ok, "\(query)")
            #expect(try await b.get("/networks?\(query)").status == .ok, "\(query)")
        }
    }

    static func addressThrottle(_ app: Application) async throws {
        var b = Browser(app)
        for i in 0..<20 { _ = try await b.signIn("someone\(i)@example.org", "wrong-password-here") }
        let blocked = try await b.signIn("admin@example.org", TestApp.adminPassword)
        #expect(blocked.status == .tooManyRequests)
        #expect(blocked.headers.first(name: .retryAfter) == "900")
        let api = try await b.send(.POST, "/api/v1/auth/tokens", json: #"{"email":"admin@example.org","password":"\#(TestApp.adminPassword)"}"#)
        #expect(api.status == .tooManyRequests)
    }

    static func sessionTimeouts(_ app: Application) async throws {
        var idle = try await signedInAdmin(app)
        var old = try await signedInAdmin(app)
        let sessions = try await SessionModel.query(on: app.db).all()
        #expect(sessions.count == 2)
        let idleSession = try #require(sessions.first { SecretToken.hash(idle.cookies[SessionAuthMiddleware.cookieName] ?? "") == $0.tokenHash })
        idleSession.lastSeenAt = Date().addingTimeInterval(-2 * 3600 - 5)
        try await idleSession.update(on: app.db)
        let oldSession = try #require(sessions.first { $0.id != idleSession.id })
        oldSession.createdAt = Date().addingTimeInterval(-12 * 3600 - 5)
        try await oldSession.update(on: app.db)
        #expect(try await idle.get("/projects").status == .seeOther)
        #expect(try await old.get("/projects").status == .seeOther)
        #expect(try await SessionModel.query(on: app.db).count() == 0)
    }

    static func adminContinuity(_ app: Application) async throws {
        let token = try await token(app, "admin@example.org")
        let admin = try #require(try await UserModel.query(on: app.db).filter(\.$email == "admin@example.org").first())
        var b = Browser(app)
        let r = try await b.send(.PATCH, "/api/v1/users/\(admin.requireID().uuidString)", json: #"{"role":"viewer","active":false}"#, bearer: token)
        #expect(r.status == .unprocessableEntity)
        let fields = try #require((try json(r)["error"] as? [String: Any])?["fields"] as? [String: Any])
        #expect(Set(fields.keys) == ["role", "active"])
        #expect(try await UserModel.find(admin.requireID(), on: app.db)?.userRole == .admin)
    }

    static func deleteFromPage(_ app: Application) async throws {
        let admin = try await token(app, "admin@example.org")
        var api = Browser(app)
        let person = try json(try await api.send(.POST, "/api/v1/persons", json: #"{"name":"Field broker","sex":"female","yearOfBirth":1975}"#, bearer: admin))
        let id = try #require(person["id"] as? String)
        _ = try await user(app, "viewer@example.org", .viewer)
        var viewer = Browser(app)
        _ = try await viewer.signIn("viewer@example.org", "a good long password")
        _ = try await viewer.get("/persons/\(id)")
        #expect(!(try await viewer.get("/persons/\(id)")).body.string.contains("/delete"))
        #expect(try await viewer.post("/persons/\(id)/delete", [:]).status == .forbidden)
        var b = try await signedInAdmin(app)
        _ = try await b.get("/persons/\(id)")
        let deleted = try await b.post("/persons/\(id)/delete", [:])
        #expect(deleted.status == .seeOther)
        #expect(try await b.get("/persons/\(id)").status == .notFound)
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: id)!).all()
        #expect(Set(audit.map(\.action)) == ["create", "delete"])
    }
}

@Suite("Web application on SQLite")
struct SQLiteWebTests {
    @Test("scenario", arguments: WebScenarios.all.map(\.0))
    func scenario(_ name: String) async throws {
        let run = try #require(WebScenarios.all.first { $0.0 == name }?.1)
        try await TestApp.run { app in try await run(app) }
    }

    @Test("the SQLite file runs in WAL mode with full sync and a bounded busy wait")
    func durability() async throws {
        try await TestApp.run { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let mode = try await sql.raw("PRAGMA journal_mode").all().first?.decode(column: "journal_mode", as: String.self)
            #expect(mode == "wal")
            let sync = try await sql.raw("PRAGMA synchronous").all().first?.decode(column: "synchronous", as: Int.self)
            #expect(sync == 2)
            let timeout = try await sql.raw("PRAGMA busy_timeout").all().first?.decode(column: "timeout", as: Int.self)
            #expect(timeout == 5000)
        }
    }
}

@Suite("Backups")
struct BackupTests {
    @Test("a backup of the SQLite file opens as a database with the same records, and is never overwritten")
    func backup() async throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("cw-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: target) }
        let file = target.appendingPathComponent("clusterworks.sqlite").path
        let counts = Counts()
        try await TestApp.run { app in
            try await DemoProgramme.load(on: app.db)
            await counts.set(try await MembershipModel.query(on: app.db).count(), try await NETAssessmentModel.query(on: app.db).count())
            try await SQLiteBackup.write(app, to: file)
            await #expect(throws: (any Error).self) { try await SQLiteBackup.write(app, to: file) }
        }
        var settings = Settings(environment: [:])
        settings.dataDirectory = target.path
        settings.bcryptCost = 4
        let copy = try await Application.make(.testing)
        do {
            try await configure(copy, settings: settings)
            #expect(try await ProjectModel.query(on: copy.db).count() == 7)
            let (memberships, assessments) = (await counts.memberships, await counts.assessments)
            #expect(memberships > 0 && assessments > 0)
            #expect(try await MembershipModel.query(on: copy.db).count() == memberships)
            #expect(try await NETAssessmentModel.query(on: copy.db).count() == assessments)
        } catch {
            try? await copy.asyncShutdown()
            throw error
        }
        try await copy.asyncShutdown()
    }
}

@Suite("Web application on PostgreSQL", .enabled(if: TestApp.postgresURL != nil))
struct PostgreSQLWebTests {
    @Test("scenario", arguments: WebScenarios.all.map(\.0))
    func scenario(_ name: String) async throws {
        let run = try #require(WebScenarios.all.first { $0.0 == name }?.1)
        try await TestApp.run(postgres: true) { app in try await run(app) }
    }
}

/// Record counts seen in the original database, to compare with its backup.
actor Counts {
    var memberships = 0, assessments = 0
    func set(_ m: Int, _ a: Int) { memberships = m; assessments = a }
}
