import ClusterworksDomain
import ClusterworksWorkflows
@testable import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// What a new programme meets when it sets itself up through the API: refusals that name the field
/// and every problem at once, duplicates named with the record that holds the value.
enum NewProgrammeScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("a duplicate code, name or fee year answers 409 naming the field and the record that holds it", duplicates),
        ("every problem of a submission is reported in one answer", everyProblemAtOnce),
        ("an admin assigns a broker to a cluster through the API, who may then change it", assignments),
        ("records that contradict the records they belong to are refused naming the field", contradictions),
        ("a search finds names in any case and without their accents, in Twi, Spanish, French and Vietnamese", search),
        ("an admin adds a breakdown dimension; figures use it; what they carry keeps its codes", dimensions),
        ("a project lays out half-years; figures fall in its periods and are read per period once approved", reportingPeriods),
    ]

    static func errorFields(_ r: TestingHTTPResponse) throws -> [String: [String]] {
        try #require((try WebScenarios.json(r)["error"] as? [String: Any])?["fields"] as? [String: [String]])
    }

    static func dimensions(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager)
        let pm = try await WebScenarios.token(app, "pm@example.org")
        var b = Browser(app)
        func send(_ method: HTTPMethod, _ path: String, _ body: String? = nil, as token: String? = nil) async throws -> TestingHTTPResponse {
            try await b.send(method, "/api/v1" + path, json: body, bearer: token ?? admin)
        }
        // A new programme's library has the core SME indicators; the seed's case-specific ones come with the demo only.
        #expect(try await IndicatorModel.query(on: app.db).filter(\.$name == "Average milk-to-cheese yield").count() == 0)
        #expect(try await IndicatorModel.query(on: app.db).filter(\.$name == "Sales").count() == 1)
        let disability = #"{"code":"disability","name":"Disability","categories":["with=With a disability","without=Without a disability"]}"#
        #expect(try await send(.POST, "/dimensions", disability, as: pm).status == .forbidden)
        let dimensionId = try #require(try WebScenarios.json(try await send(.POST, "/dimensions", disability))["id"] as? String)
        let bad = try await send(.POST, "/dimensions", #"{"code":"Bad code","name":"Bad","categories":["a=A"]}"#)
        #expect(try bad.status == .unprocessableEntity && Set(errorFields(bad).keys) == ["code", "categories"])
        // Given a cluster indicator broken down by disability, when a figure gives both categories, then it is kept.
        let indicator = try WebScenarios.json(try await send(.POST, "/indicators",
            #"{"name":"Trainees","unit":"people","scale":"count","level":"cluster","direction":"higher","dimensions":["\#(dimensionId)"]}"#))
        let indicatorId = try #require(indicator["id"] as? String)
        #expect(indicator["dimensions"] as? [String] == [dimensionId])
        let cluster = try WebScenarios.json(try await send(.POST, "/clusters", #"{"name":"Kumasi garments","country":"GH","place":"Kumasi","sector":"Garments","stage":"selection"}"#))
        let results = "/clusters/\(try #require(cluster["id"] as? String))/results"
        #expect(try await send(.POST, results, #"{"indicatorId":"\#(indicatorId)","kind":"baseline","observedOn":"2020-01-01","value":10,"breakdown":{"disability":{"with":2,"without":8}}}"#).status == .created)
        // Its code stays, and a category a figure uses stays; labels may change and categories be added.
        let path = "/dimensions/\(dimensionId)"
        let recode = try await send(.PATCH, path, #"{"code":"impairment"}"#)
        #expect(try recode.status == .unprocessableEntity && errorFields(recode)["code"] != nil)
        let dropped = try await send(.PATCH, path, #"{"categories":["with=With a disability","unknown=Not known"]}"#)
        #expect(try dropped.status == .unprocessableEntity && errorFields(dropped)["categories"]?.first?.contains("without") == true)
        #expect(try await send(.PATCH, path, #"{"categories":["with=People with a disability","without=Without a disability","unknown=Not known"]}"#).status == .ok)
        // A dimension an indicator uses is not deleted under it.
        #expect(try await send(.DELETE, path).status == .conflict)
        #expect(try await DimensionModel.find(UUID(uuidString: dimensionId), on: app.db)?.dimension.categories.count == 3)
    }

    static func reportingPeriods(_ app: Application) async throws {
        try await DemoIndicators.load(app.db)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        func send(_ method: HTTPMethod, _ path: String, _ body: String? = nil, as token: String? = nil) async throws -> TestingHTTPResponse {
            try await b.send(method, "/api/v1" + path, json: body, bearer: token ?? admin)
        }
        let project = try #require(try WebScenarios.json(try await send(.POST, "/projects", #"{"code":"GH-R","title":"Ghana results","countries":["GH"],"status":"ongoing"}"#))["id"] as? String)
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: project)!))
        let pm = try await WebScenarios.token(app, "pm@example.org")
        let calendar = "/projects/\(project)/reporting-periods/calendar"
        let laid = try WebScenarios.json(try await send(.POST, calendar, #"{"calendar":"half_years","from":"2024-01-01","to":"2025-12-31"}"#, as: pm))
        #expect((laid["items"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["2024 H1", "2024 H2", "2025 H1", "2025 H2"])
        #expect((try WebScenarios.json(try await send(.POST, calendar, #"{"calendar":"half_years","from":"2024-01-01","to":"2025-12-31"}"#))["items"] as? [Any])?.count == 0,
                "periods already there are kept, not doubled")
        let mid = try await send(.POST, "/projects/\(project)/reporting-periods", #"{"label":"Mid-term","startsOn":"2024-03-01","endsOn":"2024-08-31"}"#)
        #expect(try mid.status == .unprocessableEntity && errorFields(mid)["startsOn"]?.first?.contains("2024 H1") == true)
        let quarters = try await send(.POST, calendar, #"{"calendar":"quarters","from":"2026-01-01","to":"2024-12-31"}"#)
        #expect(try quarters.status == .unprocessableEntity && errorFields(quarters)["to"] != nil)
        let overlapping = try await send(.POST, calendar, #"{"calendar":"quarters","from":"2026-01-01","to":"2026-12-31"}"#)
        #expect(overlapping.status == .created, "quarters after the half-years fit")
        let clash = try await send(.POST, calendar, #"{"calendar":"years","from":"2027-01-01","to":"2028-12-31"}"#)
        #expect(clash.status == .created)
        #expect(try await ReportingPeriodModel.query(on: app.db).count() == 10)
        let again = try await send(.POST, calendar, #"{"calendar":"half_years","from":"2027-01-01","to":"2027-12-31"}"#)
        #expect(try again.status == .unprocessableEntity && errorFields(again)["from"]?.first?.contains("2027 H1") == true)
        #expect(try await ReportingPeriodModel.query(on: app.db).count() == 10, "nothing stored half-way")
        #expect(try await send(.PATCH, "/projects/\(project)", #"{"plannedStart":"2024-01-01","plannedEnd":"2028-12-31"}"#).status == .ok)
        let after = try await send(.POST, "/projects/\(project)/reporting-periods", #"{"label":"2030","startsOn":"2030-01-01","endsOn":"2030-12-31"}"#)
        #expect(try after.status == .unprocessableEntity && errorFields(after)["startsOn"]?.first?.contains("after the project ends") == true)
        // Given a cluster of the project, a figure outside every period is refused; a baseline before the calendar is not.
        let cluster = try #require(try WebScenarios.json(try await send(.POST, "/clusters", #"{"name":"Accra garments","country":"GH","place":"Accra","sector":"Garments","stage":"selection","projectId":"\#(project)"}"#))["id"] as? String)
        let indicators = try WebScenarios.json(try await send(.GET, "/indicators?perPage=100"))["items"] as? [[String: Any]] ?? []
        let trained = try #require(indicators.first { $0["name"] as? String == "Women trained" })
        #expect(trained["accumulation"] as? String == "cumulative")
        // A new programme's library has the core SME indicators, each defined, beside the seed's.
        let byName = Dictionary(indicators.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for core in CoreIndicators.entries { #expect((byName[core.name]?["definition"] as? String)?.isEmpty == false, "\(core.name)") }
        let firmSize = try await DimensionModel.query(on: app.db).filter(\.$code == "firm_size").first()?.requireID().uuidString.lowercased()
        #expect(byName["Members using the network's services"]?["dimensions"] as? [String] == [firmSize].compactMap { $0 })
        let trainedId = try #require(trained["id"] as? String)
        let results = "/clusters/\(cluster)/results"
        func figure(_ kind: String, _ on: String, _ value: Int) -> String { #"{"indicatorId":"\#(trainedId)","kind":"\#(kind)","observedOn":"\#(on)","value":\#(value)}"# }
        let outside = try await send(.POST, results, figure("measurement", "2023-06-30", 10))
        #expect(try outside.status == .unprocessableEntity && errorFields(outside)["observedOn"]?.first?.contains("outside every reporting period") == true)
        var ids: [String] = []
        for body in [figure("baseline", "2023-01-01", 0), figure("measurement", "2024-05-01", 60), figure("measurement", "2024-10-01", 50), figure("target", "2025-12-31", 150)] {
            ids.append(try #require(try WebScenarios.json(try await send(.POST, results, body))["id"] as? String))
        }
        for id in ids {
            #expect(try await send(.POST, "\(results)/\(id)/submit").status == .ok)
            #expect(try await send(.POST, "\(results)/\(id)/approve", as: pm).status == .ok)
        }
        var page = try await WebScenarios.signedInAdmin(app)
        let html = String(buffer: try await page.get("/clusters/\(cluster)/results").body)
        #expect(html.contains("Results by reporting period") && html.contains("2024 H2"))
        #expect(html.contains("<td>2024 H2</td>\n<td class=\"num\">—</td><td class=\"num\">50</td><td class=\"num\">110</td>"), "measured 50 in the half-year, 110 to date")
    }

    static func duplicates(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        func post(_ path: String, _ body: String) async throws -> TestingHTTPResponse { try await b.send(.POST, path, json: body, bearer: admin) }
        let project = try WebScenarios.json(try await post("/api/v1/projects", #"{"code":"GH-1","title":"Ghana garments","countries":["GH"],"status":"ongoing"}"#))
        let projectId = try #require(project["id"] as? String)
        let again = try await post("/api/v1/projects", #"{"code":"GH-1","title":"Another","countries":["GH"],"status":"ongoing"}"#)
        #expect(again.status == .conflict)
        #expect(try errorFields(again)["code"]?.first?.contains("is already used by GH-1 · Ghana garments") == true)
        // Changing another project to the same code is the same clash; changing the project itself is not.
        let other = try WebScenarios.json(try await post("/api/v1/projects", #"{"code":"GH-2","title":"Kumasi","countries":["GH"],"status":"ongoing"}"#))
        let renamed = try await b.send(.PATCH, "/api/v1/projects/\(try #require(other["id"] as? String))", json: #"{"code":"GH-1"}"#, bearer: admin)
        let renamedFields = try errorFields(renamed)
        #expect(renamed.status == .conflict && renamedFields["code"] != nil)
        #expect(try await b.send(.PATCH, "/api/v1/projects/\(projectId)", json: #"{"code":"GH-1","title":"Ghana garments and textiles"}"#, bearer: admin).status == .ok)
        let country = try await post("/api/v1/countries", #"{"code":"GH","nameEn":"Ghana","nameEs":"Ghana","nameFr":"Ghana"}"#)
        let countryFields = try errorFields(country)
        #expect(country.status == .conflict && countryFields["code"]?.first?.contains("Ghana (GH)") == true)
        let indicator = #"{"name":"Jobs in garment firms","unit":"jobs","scale":"count","level":"firm","direction":"higher"}"#
        #expect(try await post("/api/v1/indicators", indicator).status == .created)
        let twice = try await post("/api/v1/indicators", indicator)
        let twiceFields = try errorFields(twice)
        #expect(twice.status == .conflict && twiceFields["name"] != nil)
        // A duplicate among other problems is one of them: 422, each named.
        let mixed = try await post("/api/v1/indicators", #"{"name":"Jobs in garment firms","unit":"jobs","scale":"count","level":"galaxy","direction":"higher"}"#)
        let mixedFields = try errorFields(mixed)
        #expect(mixed.status == .unprocessableEntity && Set(mixedFields.keys) == ["name", "level"])
        // Parts: a fee year twice in one project, and a second linkage unit, named.
        let fees = "/api/v1/projects/\(projectId)/linkage-fees"
        #expect(try await post(fees, #"{"year":2025,"packages":4,"fee":200,"unitCost":1000}"#).status == .created)
        let year = try await post(fees, #"{"year":2025,"packages":1,"fee":1,"unitCost":1}"#)
        let yearFields = try errorFields(year)
        #expect(year.status == .conflict && yearFields["year"]?.first?.contains("is already used by 2025") == true)
        let institution = try WebScenarios.json(try await post("/api/v1/actors", #"{"kind":"institution","name":"Kumasi chamber","institutionType":"business_association","country":"GH"}"#))
        let unit = #"{"name":"Linkage unit","hostInstitutionId":"\#(try #require(institution["id"] as? String))"}"#
        #expect(try await post("/api/v1/projects/\(projectId)/linkage-unit", unit).status == .created)
        let second = try await post("/api/v1/projects/\(projectId)/linkage-unit", unit)
        #expect(second.status == .conflict)
        #expect(try errorFields(second)["projectId"]?.first == "this project already has one (linkage unit); change that one")
    }

    static func everyProblemAtOnce(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        // Reversed dates, an unknown status and a reference to nothing, in one answer.
        let project = try await b.send(.POST, "/api/v1/projects", json: #"{"code":"SN-9","title":"Thiès","countries":["SN"],"status":"dreaming","plannedStart":"2026-06-01","plannedEnd":"2026-01-01"}"#, bearer: admin)
        #expect(project.status == .unprocessableEntity)
        #expect(Set(try errorFields(project).keys) == ["status", "plannedEnd"])
        let person = try await b.send(.POST, "/api/v1/persons", json: #"{"name":"","organisationId":"\#(UUID().uuidString)","sex":"unknown-value"}"#, bearer: admin)
        #expect(Set(try errorFields(person).keys) == ["name", "organisationId", "sex"])
        // The same on a form: the page shows every message at once.
        var page = try await WebScenarios.signedInAdmin(app)
        _ = try await page.get("/projects/new")
        let form = try await page.post("/projects", ["code": "SN-9", "title": "", "countries": "SN", "status": "ongoing", "plannedStart": "2026-06-01", "plannedEnd": "2026-01-01"])
        #expect(form.status == .unprocessableEntity)
        let html = form.body.string
        #expect(html.contains("Title is required") || html.contains("is required"))
        #expect(html.contains("must not be before") || html.contains("before the start") || html.contains("after"))
    }

    static func assignments(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        let project = try WebScenarios.json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"GH-3","title":"Ghana","countries":["GH"],"status":"ongoing"}"#, bearer: admin))
        let cluster = try WebScenarios.json(try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"Kumasi garments","country":"GH","place":"Kumasi","sector":"Garments","stage":"selection","projectId":"\#(try #require(project["id"] as? String))"}"#, bearer: admin))
        let clusterId = try #require(cluster["id"] as? String)
        let broker = try await WebScenarios.user(app, "broker@example.org", .broker), viewer = try await WebScenarios.user(app, "viewer@example.org", .viewer)
        let brokerToken = try await WebScenarios.token(app, "broker@example.org")
        let path = "/api/v1/users/\(try broker.requireID().uuidString.lowercased())/assignments"
        // Before: the broker may not change the cluster, nor assign themselves.
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(clusterId)", json: #"{"place":"Kumasi, Ashanti"}"#, bearer: brokerToken).status == .forbidden)
        let body = #"{"kind":"cluster","scopeId":"\#(clusterId)"}"#
        #expect(try await b.send(.POST, path, json: body, bearer: brokerToken).status == .forbidden)
        let made = try await b.send(.POST, path, json: body, bearer: admin)
        #expect(made.status == .created)
        #expect(try WebScenarios.json(made)["title"] as? String == "Kumasi garments")
        #expect(try await b.send(.POST, path, json: body, bearer: admin).status == .ok)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(clusterId)", json: #"{"place":"Kumasi, Ashanti"}"#, bearer: brokerToken).status == .ok)
        // Refusals name the field: a viewer is not assigned, a record that does not exist, an unknown kind.
        let toViewer = try await b.send(.POST, "/api/v1/users/\(try viewer.requireID().uuidString.lowercased())/assignments", json: body, bearer: admin)
        let viewerFields = try errorFields(toViewer)
        #expect(toViewer.status == .unprocessableEntity && viewerFields["userId"] != nil)
        let nowhere = try await b.send(.POST, path, json: #"{"kind":"network","scopeId":"\#(UUID().uuidString)","extra":1}"#, bearer: admin)
        #expect(Set(try errorFields(nowhere).keys) == ["scopeId", "extra"])
        let list = try WebScenarios.json(try await b.send(.GET, path, bearer: admin))
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.count == 1)
        let assignmentId = try #require(items.first?["id"] as? String)
        #expect(try await b.send(.DELETE, path + "/\(assignmentId)", bearer: admin).status == .noContent)
        #expect(try await b.send(.PATCH, "/api/v1/clusters/\(clusterId)", json: #"{"place":"Kumasi"}"#, bearer: brokerToken).status == .forbidden)
    }

    static func contradictions(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        func send(_ path: String, _ body: String) async throws -> TestingHTTPResponse {
            try await b.send(.POST, path, json: body, bearer: admin)
        }
        let project = try WebScenarios.json(try await send("/api/v1/projects", #"{"code":"GH-4","title":"Ghana and Togo","countries":["GH","TG"],"status":"ongoing"}"#))
        let projectId = try #require(project["id"] as? String)
        // A cluster outside the project's countries; then one inside.
        let benin = try await send("/api/v1/clusters", #"{"name":"Cotonou","country":"BJ","place":"Cotonou","sector":"Garments","stage":"selection","projectId":"\#(projectId)"}"#)
        let beninFields = try errorFields(benin)
        #expect(benin.status == .unprocessableEntity && beninFields["country"] != nil)
        let cluster = try WebScenarios.json(try await send("/api/v1/clusters", #"{"name":"Lomé garments","country":"TG","place":"Lomé","sector":"Garments","stage":"selection","projectId":"\#(projectId)"}"#))
        let clusterId = try #require(cluster["id"] as? String)
        // A network in another country than its cluster.
        let elsewhere = try await send("/api/v1/networks", #"{"name":"Accra tailors","kind":"horizontal","country":"GH","phase":"promotion","formedOn":"2025-01-10","clusterId":"\#(clusterId)"}"#)
        let elsewhereFields = try errorFields(elsewhere)
        #expect(elsewhere.status == .unprocessableEntity && elsewhereFields["country"] != nil)
        let network = try WebScenarios.json(try await send("/api/v1/networks", #"{"name":"Lomé tailors","kind":"horizontal","country":"TG","phase":"promotion","formedOn":"2025-01-10","clusterId":"\#(clusterId)"}"#))
        let networkId = try #require(network["id"] as? String)
        // The same tie on the same day, twice (cooperation read the other way round).
        var ids: [String] = []
        for name in ["Tailor A", "Tailor B"] {
            ids.append(try #require(try WebScenarios.json(try await send("/api/v1/actors", #"{"kind":"enterprise","name":"\#(name)","country":"TG","employees":5}"#))["id"] as? String))
        }
        let tie = #"{"fromActorId":"\#(ids[0])","tieType":"cooperates_with","toActorId":"\#(ids[1])","status":"existing","recordedOn":"2025-02-01"}"#
        #expect(try await send("/api/v1/clusters/\(clusterId)/linkages", tie).status == .created)
        let again = try await send("/api/v1/clusters/\(clusterId)/linkages", #"{"fromActorId":"\#(ids[1])","tieType":"cooperates_with","toActorId":"\#(ids[0])","status":"existing","recordedOn":"2025-02-01"}"#)
        let againFields = try errorFields(again)
        #expect(again.status == .unprocessableEntity && againFields["recordedOn"] != nil)
        // A NET assessment dated after the network moved on, for the phase it left.
        let moved = try await send("/api/v1/networks/\(networkId)/phase", #"{"decidedOn":"2025-06-01","toPhase":"strategic_planning","reason":"Trust built","override":true,"justification":"Test of the record"}"#)
        #expect(moved.status == .created)
        let scores = NETIndicator.allCases.map { "\"\($0.scoreKey)\":3" }.joined(separator: ",")
        let late = try await send("/api/v1/networks/\(networkId)/net", #"{"assessedOn":"2025-07-01","phase":"promotion","assessor":"Broker","dependsOnBroker":true,\#(scores)}"#)
        let lateFields = try errorFields(late)
        #expect(late.status == .unprocessableEntity && lateFields["phase"]?.first?.contains("strategic_planning") == true)
        #expect(try await send("/api/v1/networks/\(networkId)/net", #"{"assessedOn":"2025-05-01","phase":"promotion","assessor":"Broker","dependsOnBroker":true,\#(scores)}"#).status == .created)
        #expect(try await send("/api/v1/networks/\(networkId)/net", #"{"assessedOn":"2025-07-01","phase":"strategic_planning","assessor":"Broker","dependsOnBroker":true,\#(scores)}"#).status == .created)
    }

    static func search(_ app: Application) async throws {
        let admin = try await WebScenarios.token(app, "admin@example.org")
        var b = Browser(app)
        for (name, country) in [("Ɔkɔmfo Anɔkye Garments", "GH"), ("Cooperativa Ñandutí de Masaya", "NI"), ("Société d'Économie Mixte de Thiès", "SN"),
                                ("Công ty May Nguyễn Thị Hương", "VN"), ("Cent pour 100% coton", "SN")] {
            let r = try await b.send(.POST, "/api/v1/actors", json: #"{"kind":"enterprise","name":"\#(name)","country":"\#(country)","employees":12}"#, bearer: admin)
            #expect(r.status == .created, "\(name)")
        }
        func found(_ q: String) async throws -> [String] {
            let escaped = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
            let page = try WebScenarios.json(try await b.send(.GET, "/api/v1/actors?q=\(escaped)", bearer: admin))
            return (page["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        }
        for (q, expected) in [("ɔkɔmfo", "Ɔkɔmfo Anɔkye Garments"), ("Okomfo Anokye", "Ɔkɔmfo Anɔkye Garments"), ("OKOMFO", "Ɔkɔmfo Anɔkye Garments"),
                              ("nanduti", "Cooperativa Ñandutí de Masaya"), ("ÑANDUTÍ", "Cooperativa Ñandutí de Masaya"),
                              ("economie mixte", "Société d'Économie Mixte de Thiès"), ("ÉCONOMIE", "Société d'Économie Mixte de Thiès"),
                              ("nguyen thi huong", "Công ty May Nguyễn Thị Hương"), ("NGUYỄN", "Công ty May Nguyễn Thị Hương")] {
            #expect(try await found(q) == [expected], "\(q)")
        }
        // What is typed is looked for as it is: % is not a wildcard.
        #expect(try await found("100%") == ["Cent pour 100% coton"])
        #expect(try await found("%").count == 1)
        // Records written before the search key existed get theirs when the database is upgraded.
        let sql = try #require(app.db as? any SQLDatabase)
        try await sql.raw("UPDATE actors SET search_key = NULL").run()
        #expect(try await found("okomfo").isEmpty)
        // On one connection, as the migrator runs a migration; then the keys are filled as at start-up.
        try await app.db.transaction { tx in
            try await AddSearchKeys().revert(on: tx)
            try await AddSearchKeys().prepare(on: tx)
        }
        #expect(try await found("okomfo").isEmpty)
        try await SearchKeys.fill(on: app.db)
        #expect(try await found("okomfo") == ["Ɔkɔmfo Anɔkye Garments"])
    }
}
