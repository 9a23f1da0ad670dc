import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The cluster development cycle end to end through the API and forms, on SQLite and PostgreSQL.
enum ClusterCycleScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("given a broker's cluster, the broker takes it from diagnostic to a first plan review, and every bad input is refused", wholeCycle),
        ("people who are not the cluster's broker or manager read its parts but cannot change them", partPermissions),
        ("a form with a bad event shows the form again and writes nothing", eventForm),
        ("the map of linkages is read as a network: brokers in words, measures as CSV", networkAnalysis),
        ("ties are imported from CSV all or nothing, every bad line listed, by those who may change the map", tieImport),
        ("given a map of 600 actors, the analysis draws its communities and lists every actor", largeNetwork),
    ]

    struct Setup {
        var b: Browser
        let admin: String, broker: String
        let clusterId: String, projectId: String
        var base: String { "/api/v1/clusters/\(clusterId)" }
    }

    static func setup(_ app: Application) async throws -> Setup {
        var b = try await WebScenarios.signedInAdmin(app)
        _ = b
        b = Browser(app)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        let project = try WebScenarios.json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"NI1","title":"Nicaragua","countries":["NI"],"status":"ongoing","currency":"USD"}"#, bearer: admin))
        let projectId = try #require(project["id"] as? String)
        let cluster = try WebScenarios.json(try await b.send(.POST, "/api/v1/clusters", json: #"{"name":"Boaco dairy","country":"NI","place":"Boaco","sector":"Dairy","stage":"selection","projectId":"\#(projectId)"}"#, bearer: admin))
        let clusterId = try #require(cluster["id"] as? String)
        _ = try await WebScenarios.user(app, "broker@example.org", .broker, scope: ScopeRef(.cluster, UUID(uuidString: clusterId)!))
        return Setup(b: b, admin: admin, broker: try await WebScenarios.token(app, "broker@example.org"), clusterId: clusterId, projectId: projectId)
    }

    static func actor(_ app: Application, _ s: inout Setup, _ body: String) async throws -> String {
        try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/actors", json: body, bearer: s.admin))["id"] as? String)
    }

    static func fields(_ r: TestingHTTPResponse) throws -> [String: Any] {
        let body = try WebScenarios.json(r)
        return try #require((body["error"] as? [String: Any])?["fields"] as? [String: Any], "\(body)")
    }

    /// The request was refused with this status and a message on this field.
    /// Refused with `status`, naming `field`, and a code that says the same as the status (a 409 is a "conflict").
    static func refused(_ r: TestingHTTPResponse, _ status: HTTPResponseStatus, _ field: String) throws {
        #expect(r.status == status)
        let f = try fields(r)
        #expect(f[field] != nil, "\(f)")
        #expect((try WebScenarios.json(r)["error"] as? [String: Any])?["code"] as? String == ErrorResponder.code(status))
    }

    static func wholeCycle(_ app: Application) async throws {
        // The seed's case-specific indicators (women trained, milk-to-cheese yield) come with the demo's library.
        try await DemoIndicators.load(app.db)
        var s = try await setup(app)
        let t = s.broker, base = s.base
        func send(_ m: HTTPMethod, _ path: String, _ json: String? = nil) async throws -> TestingHTTPResponse {
            try await s.b.send(m, base + path, json: json, bearer: t)
        }
        // Stage: nothing skips ahead without its conditions.
        var r = try await s.b.send(.PATCH, base, json: #"{"stage":"trust_building"}"#, bearer: t)
        #expect(r.status == .unprocessableEntity)
        try refused(r, .unprocessableEntity, "stage")
        // Diagnostic drafted, with a perception and a value chain stage.
        r = try await send(.POST, "/diagnostics", #"{"title":"Dairy diagnostic","startedOn":"1997-05-01","strengths":["Milk"]}"#)
        #expect(r.status == .created)
        let d = try WebScenarios.json(r)
        let dId = try #require(d["id"] as? String)
        #expect(d["version"] as? Int == 1 && d["status"] as? String == "draft")
        r = try await send(.PATCH, "/diagnostics/\(dId)", #"{"status":"validated","version":7}"#)
        try refused(r, .unprocessableEntity, "status")
        #expect(try await send(.POST, "/perceptions", #"{"diagnosticId":"\#(dId)","theme":"Hygiene","stakeholderGroup":"entrepreneurs","severity":"minor","statement":"Not our problem"}"#).status == .created)
        #expect(try await send(.POST, "/chain-stages", #"{"diagnosticId":"\#(dId)","position":1,"name":"Milk collection","bottlenecks":["No cooling"]}"#).status == .created)
        #expect(try await s.b.send(.PATCH, base, json: #"{"stage":"trust_building"}"#, bearer: t).status == .ok)
        // An event; then action planning still waits for the validation.
        let coop = try await actor(app, &s, #"{"kind":"institution","name":"Coop","institutionType":"cooperative","country":"NI"}"#)
        let firm = try await actor(app, &s, #"{"kind":"enterprise","name":"Cheese maker","country":"NI","employees":8}"#)
        r = try await send(.POST, "/events", #"{"type":"validation_meeting","title":"Validation","heldOn":"1997-11-20","actorIds":["\#(coop)","\#(firm)"],"women":5,"men":10}"#)
        #expect(r.status == .created)
        let eventId = try #require(try WebScenarios.json(r)["id"] as? String)
        r = try await s.b.send(.PATCH, base, json: #"{"stage":"action_planning"}"#, bearer: t)
        #expect(r.status == .unprocessableEntity)
        #expect(String(buffer: r.body).contains("validated"))
        // Validation: not before the study started; then frozen.
        r = try await send(.POST, "/diagnostics/\(dId)/validate", #"{"validatedOn":"1997-01-01","validatedBy":"Meeting"}"#)
        try refused(r, .unprocessableEntity, "validatedOn")
        r = try await send(.POST, "/diagnostics/\(dId)/validate", #"{"validatedOn":"1997-11-20","validatedBy":"Validation meeting","validationEventId":"\#(eventId)"}"#)
        #expect(r.status == .ok)
        #expect(try WebScenarios.json(r)["status"] as? String == "validated")
        r = try await send(.PATCH, "/diagnostics/\(dId)", #"{"findings":"changed"}"#)
        try refused(r, .conflict, "status")
        r = try await send(.POST, "/perceptions", #"{"diagnosticId":"\#(dId)","theme":"Hygiene","stakeholderGroup":"government","severity":"major","statement":"A big problem"}"#)
        try refused(r, .unprocessableEntity, "diagnosticId")
        #expect(try await PerceptionModel.query(on: app.db).count() == 1)
        #expect(try await DiagnosticModel.find(UUID(uuidString: dId)!, on: app.db)?.findings == nil)
        r = try await send(.POST, "/diagnostics/\(dId)/new-version")
        #expect(r.status == .created)
        let v2 = try WebScenarios.json(r)
        #expect(v2["version"] as? Int == 2)
        let draftId = try #require(v2["id"] as? String)
        #expect(try await PerceptionModel.query(on: app.db).count() == 2)
        // The validated version stays visible beside the draft: summary, cluster page and programme table.
        let diagnostic = try #require(try WebScenarios.json(try await send(.GET, "/summary"))["diagnostic"] as? [String: Any])
        #expect(diagnostic["version"] as? Int == 2 && diagnostic["validatedVersion"] as? Int == 1)
        var admin = try await WebScenarios.signedInAdmin(app)
        #expect(String(buffer: try await admin.get("/clusters/\(s.clusterId)").body).contains("Version 1 validated; version 2 in draft."))
        #expect(String(buffer: try await admin.get("/programme/clusters").body).contains("Version 1 validated; version 2 in draft"))
        #expect(try await s.b.send(.PATCH, base, json: #"{"stage":"action_planning"}"#, bearer: t).status == .ok)
        // Plan, actions, contributions.
        #expect(try await send(.POST, "/plan", #"{"vision":"Safe cheese","objectives":["Quality","Environment"],"adoptedOn":"1998-03-01","currency":"USD"}"#).status == .created)
        r = try await send(.POST, "/actions", #"{"title":"Norms","objective":"Marketing","type":"quality_standards","status":"planned"}"#)
        try refused(r, .unprocessableEntity, "objective")
        r = try await send(.POST, "/actions", #"{"title":"Norms","objective":"Quality","type":"quality_standards","status":"in_progress","percentComplete":20,"leadActorId":"\#(coop)","startOn":"1998-03-01","endOn":"1999-06-30"}"#)
        #expect(r.status == .created)
        let actionId = try #require(try WebScenarios.json(r)["id"] as? String)
        r = try await send(.POST, "/contributions", #"{"actionId":"\#(actionId)","funderName":"Coop","funderKind":"private_sector","form":"cash","pledged":1000,"pledgedOn":"1998-03-01","paid":1500,"paidOn":"1998-04-01"}"#)
        try refused(r, .unprocessableEntity, "paid")
        #expect(try await send(.POST, "/contributions", #"{"actionId":"\#(actionId)","funderName":"UNIDO","funderKind":"project","form":"cash","pledged":2000,"pledgedOn":"1998-03-01","paid":2000,"paidOn":"1998-04-01"}"#).status == .created)
        #expect(try await send(.POST, "/contributions", #"{"actionId":"\#(actionId)","funderName":"Coop","funderKind":"private_sector","form":"in_kind","pledged":8000,"pledgedOn":"1998-03-01","paid":4000,"paidOn":"1998-06-01"}"#).status == .created)
        #expect(try await s.b.send(.PATCH, base, json: #"{"stage":"implementation"}"#, bearer: t).status == .ok)
        // A plan–do–check–act review closes version 1 and moves the plan and its actions on.
        r = try await send(.POST, "/reviews", #"{"reviewedOn":"1999-07-15","checked":"c","learned":"l","changes":"a","progress":[{"actionId":"\#(actionId)","status":"done","percent":150}]}"#)
        #expect(r.status == .unprocessableEntity)
        #expect(try await PlanReviewModel.query(on: app.db).count() == 0)
        r = try await send(.POST, "/reviews", #"{"reviewedOn":"1999-07-15","checked":"Norms done","learned":"Ministries act together","changes":"Add a study","progress":[{"actionId":"\#(actionId)","status":"done"}]}"#)
        #expect(r.status == .created)
        let review = try WebScenarios.json(r)
        #expect(review["version"] as? Int == 1)
        let kept = try WebScenarios.json(try await send(.GET, "/reviews/\(try #require(review["id"] as? String))"))
        let version = try #require(kept["planVersion"] as? [String: Any])
        #expect(version["version"] as? Int == 1 && (version["actions"] as? [[String: Any]])?.first?["status"] as? String == "done")
        #expect((kept["progress"] as? [[String: Any]])?.count == 1)
        let plans = try WebScenarios.json(try await send(.GET, "/plan"))
        #expect(((plans["items"] as? [[String: Any]])?.first?["version"] as? Int) == 2)
        let action = try WebScenarios.json(try await send(.GET, "/actions/\(actionId)"))
        #expect(action["status"] as? String == "done" && action["percentComplete"] as? Int == 100)
        r = try await send(.POST, "/reviews", #"{"reviewedOn":"1999-07-15","checked":"c","learned":"l","changes":"a"}"#)
        try refused(r, .unprocessableEntity, "reviewedOn")
        #expect(try await send(.DELETE, "/reviews/\(try #require(review["id"] as? String))").status == .methodNotAllowed)
        // Results: the unit, the breakdown and the subject are checked; progress is computed.
        let indicators = try WebScenarios.json(try await s.b.send(.GET, "/api/v1/indicators?perPage=100", bearer: t))["items"] as? [[String: Any]] ?? []
        let trained = try #require(indicators.first { $0["name"] as? String == "Women trained" }?["id"] as? String)
        let products = try #require(indicators.first { $0["name"] as? String == "New products launched" }?["id"] as? String)
        let yield = try #require(indicators.first { $0["name"] as? String == "Average milk-to-cheese yield" }?["id"] as? String)
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(products)","kind":"baseline","observedOn":"1997-11-20","value":0,"unit":"USD"}"#)
        try refused(r, .unprocessableEntity, "unit")
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":110,"breakdown":{"age_group":{"youth":60,"adults":40,"older":0}}}"#)
        try refused(r, .unprocessableEntity, "breakdown.age_group")
        #expect(try NewProgrammeScenarios.errorFields(r)["breakdown.age_group"]?.first?.contains("add up to 100, not to the total of 110") == true)
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":110,"breakdown":{"sex":{"female":110,"male":0}}}"#)
        try refused(r, .unprocessableEntity, "breakdown.sex")
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":110,"breakdown":{"age_group":{"youth":"70"}}}"#)
        try refused(r, .unprocessableEntity, "breakdown")
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(yield)","kind":"baseline","observedOn":"1997-11-20","value":10}"#)
        try refused(r, .unprocessableEntity, "actorId")
        #expect(try await send(.POST, "/results", #"{"indicatorId":"\#(yield)","kind":"baseline","observedOn":"1997-11-20","value":10,"actorId":"\#(firm)","diagnosticId":"\#(draftId)"}"#).status == .created)
        #expect(try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":110,"breakdown":{"age_group":{"youth":70,"adults":40,"older":0}}}"#).status == .created)
        let listed = try WebScenarios.json(try await send(.GET, "/results?perPage=100"))["items"] as? [[String: Any]] ?? []
        let trainedFigure = try #require(listed.first { $0["indicatorId"] as? String == trained })
        #expect((trainedFigure["breakdown"] as? [String: [String: Double]]) == ["age_group": ["youth": 70, "adults": 40, "older": 0]])
        for body in [#"{"indicatorId":"\#(products)","kind":"baseline","observedOn":"1997-11-20","value":0,"unit":"products"}"#,
                     #"{"indicatorId":"\#(products)","kind":"target","observedOn":"2000-12-31","value":4}"#,
                     #"{"indicatorId":"\#(products)","kind":"measurement","observedOn":"2000-12-31","value":5}"#] {
            #expect(try await send(.POST, "/results", body).status == .created)
        }
        r = try await send(.POST, "/results", #"{"indicatorId":"\#(products)","kind":"measurement","observedOn":"1996-01-01","value":1}"#)
        try refused(r, .unprocessableEntity, "observedOn")
        // Approval: the broker submits each figure; a programme manager of the project approves it; progress counts approved figures only.
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: s.projectId)!))
        let pm = try await WebScenarios.token(app, "pm@example.org")
        func reviewStep(_ step: String, _ id: String, as token: String, _ json: String? = nil) async throws -> TestingHTTPResponse {
            try await s.b.send(.POST, base + "/results/\(id)/\(step)", json: json, bearer: token)
        }
        let drafts = try WebScenarios.json(try await send(.GET, "/results?perPage=100&status=draft"))["items"] as? [[String: Any]] ?? []
        #expect(drafts.count == 5)
        let ids = drafts.compactMap { $0["id"] as? String }
        for id in ids { #expect(try await reviewStep("submit", id, as: t).status == .ok) }
        #expect(try await reviewStep("approve", ids[0], as: t).status == .forbidden, "a broker does not approve")
        try refused(try await reviewStep("return", ids[0], as: pm), .unprocessableEntity, "comment")
        let returned = try WebScenarios.json(try await reviewStep("return", ids[0], as: pm, #"{"comment":"Check the date against the register"}"#))
        #expect(returned["status"] as? String == "returned" && returned["reviewComment"] as? String == "Check the date against the register")
        try refused(try await reviewStep("approve", ids[0], as: pm), .conflict, "status")
        #expect(try await reviewStep("submit", ids[0], as: t).status == .ok)
        for id in ids { #expect(try await reviewStep("approve", id, as: pm).status == .ok) }
        // Approved figures are frozen: a correction is a new figure with its reason, and replaces the old once approved.
        let womenFigure = try #require(drafts.first { $0["indicatorId"] as? String == trained && $0["kind"] as? String == "measurement" }?["id"] as? String)
        try refused(try await send(.PATCH, "/results/\(womenFigure)", #"{"value":111}"#), .conflict, "status")
        try refused(try await send(.DELETE, "/results/\(womenFigure)"), .conflict, "status")
        try refused(try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":112,"correctionOf":"\#(womenFigure)"}"#),
                    .unprocessableEntity, "reason")
        let correction = try WebScenarios.json(try await send(.POST, "/results", #"{"indicatorId":"\#(trained)","kind":"measurement","observedOn":"2000-09-30","value":110,"breakdown":{"age_group":{"youth":70,"adults":40,"older":0}},"correctionOf":"\#(womenFigure)","reason":"Register recounted; one trainee listed twice was kept once"}"#))
        let correctionId = try #require(correction["id"] as? String)
        #expect(try await reviewStep("submit", correctionId, as: pm).status == .ok)
        try refused(try await reviewStep("approve", correctionId, as: pm), .unprocessableEntity, "reviewedBy")
        #expect(try await reviewStep("approve", correctionId, as: s.admin).status == .ok)
        #expect(try WebScenarios.json(try await send(.GET, "/results/\(womenFigure)"))["status"] as? String == "superseded")
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: womenFigure)!).all().map(\.action)
        #expect(Set(history) == ["create", "submit", "approve", "supersede"])
        // The summary and the project's cost sharing.
        let summary = try WebScenarios.json(try await send(.GET, "/summary"))
        #expect(summary["stage"] as? String == "implementation")
        let results = try #require(summary["results"] as? [String: Any])
        #expect(results["onTrackOrReached"] as? Int == 1)
        // Each indicator's progress is in the summary, and a breakdown by age shows with its figure, in the API and on the cluster page.
        let items = try #require(results["items"] as? [[String: Any]])
        let women = try #require(items.first { $0["indicator"] as? String == "Women trained" })
        #expect(women["latest"] as? Double == 110 && women["breakdown"] as? String == "Age group: Aged 15–24 70 · Aged 25–64 40 · Aged 65 and over 0 (2000-09-30)")
        #expect(items.first { $0["indicator"] as? String == "New products launched" }?["status"] as? String != nil)
        #expect(String(buffer: try await admin.get("/clusters/\(s.clusterId)").body).contains("Aged 15–24 70 · Aged 25–64 40"))
        // The form has a box per category of each dimension; a breakdown that does not add up comes back filled in, the dimension named.
        let form = String(buffer: try await admin.get("/clusters/\(s.clusterId)/results").body)
        #expect(form.contains("name=\"breakdown.sex.female\"") && form.contains("name=\"breakdown.age_group.youth\""))
        var target = ["indicatorId": trained, "kind": "target", "observedOn": "2001-09-30", "value": "150", "breakdown.sex.female": "", "breakdown.sex.male": "",
                      "breakdown.age_group.youth": "100", "breakdown.age_group.adults": "40", "breakdown.age_group.older": "0"]
        let unequal = try await admin.post("/clusters/\(s.clusterId)/results", target)
        #expect(unequal.status == .unprocessableEntity)
        #expect(String(buffer: unequal.body).contains("add up to 140, not to the total of 150") && String(buffer: unequal.body).contains("value=\"100\""))
        target["breakdown.age_group.older"] = "10"
        #expect(try await admin.post("/clusters/\(s.clusterId)/results", target).status == .seeOther)
        let keptTarget = try await ResultEntryModel.query(on: app.db).filter(\.$observedOn == "2001-09-30").first()
        #expect(keptTarget?.parts == "age_group.adults=40.0\nage_group.older=10.0\nage_group.youth=100.0")
        let cost = try #require(summary["costSharing"] as? [String: Any])
        #expect(cost["pledged"] as? Double == 10_000 && cost["paid"] as? Double == 6_000)
        let lines = try #require(cost["byFunderKind"] as? [[String: Any]])
        #expect(lines.first { $0["funderKind"] as? String == "project" }?["pledgedShare"] as? Double == 0.2)
        let projectCost = try WebScenarios.json(try await s.b.send(.GET, "/api/v1/projects/\(s.projectId)/cost-sharing", bearer: t))
        #expect(projectCost["honoured"] as? Double == 0.6)
        let page = try await s.b.send(.GET, "/api/v1/programme/clusters?sort=pledged&dir=desc", bearer: t)
        #expect(page.status == .ok)
    }

    static func partPermissions(_ app: Application) async throws {
        var s = try await setup(app)
        _ = try await WebScenarios.user(app, "viewer@example.org", .viewer)
        let other = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/clusters", json: #"{"name":"Other","country":"NI","place":"León","sector":"Leather","stage":"selection"}"#, bearer: s.admin))
        let otherId = try #require(other["id"] as? String)
        _ = try await WebScenarios.user(app, "broker2@example.org", .broker, scope: ScopeRef(.cluster, UUID(uuidString: otherId)!))
        let viewer = try await WebScenarios.token(app, "viewer@example.org"), broker2 = try await WebScenarios.token(app, "broker2@example.org")
        let event = #"{"type":"workshop","title":"W","heldOn":"1998-01-01"}"#
        #expect(try await s.b.send(.POST, s.base + "/events", json: event, bearer: viewer).status == .forbidden)
        #expect(try await s.b.send(.POST, s.base + "/events", json: event, bearer: broker2).status == .forbidden)
        let mine = try await s.b.send(.POST, s.base + "/events", json: event, bearer: s.broker)
        #expect(mine.status == .created)
        let eventId = try #require(try WebScenarios.json(mine)["id"] as? String)
        #expect(try await s.b.send(.GET, s.base + "/events/\(eventId)", bearer: viewer).status == .ok)
        #expect(try await s.b.send(.PATCH, s.base + "/events/\(eventId)", json: #"{"place":"X"}"#, bearer: broker2).status == .forbidden)
        #expect(try await s.b.send(.DELETE, s.base + "/events/\(eventId)", bearer: viewer).status == .forbidden)
        // A part is reached only through its own cluster, and references stay inside it.
        #expect(try await s.b.send(.GET, "/api/v1/clusters/\(otherId)/events/\(eventId)", bearer: broker2).status == .notFound)
        let d = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/clusters/\(otherId)/diagnostics", json: #"{"title":"D","startedOn":"1998-01-01"}"#, bearer: broker2))
        let dId = try #require(d["id"] as? String)
        let r = try await s.b.send(.POST, "/api/v1/clusters/\(otherId)/diagnostics/\(dId)/validate",
                                   json: #"{"validatedOn":"1998-02-01","validatedBy":"M","validationEventId":"\#(eventId)"}"#, bearer: broker2)
        try refused(r, .unprocessableEntity, "validationEventId")
        #expect(try await s.b.send(.POST, "/api/v1/clusters/\(otherId)/diagnostics/\(dId)/validate", json: #"{"validatedOn":"1998-02-01","validatedBy":"M"}"#, bearer: s.broker).status == .forbidden)
        // An action of one cluster cannot be funded through another.
        #expect(try await s.b.send(.POST, s.base + "/plan", json: #"{"vision":"V","objectives":["O"],"adoptedOn":"1998-01-01","currency":"USD"}"#, bearer: s.broker).status == .created)
        let action = try WebScenarios.json(try await s.b.send(.POST, s.base + "/actions", json: #"{"title":"A","type":"training","status":"planned"}"#, bearer: s.broker))
        let actionId = try #require(action["id"] as? String)
        let foreign = try await s.b.send(.POST, "/api/v1/clusters/\(otherId)/contributions",
                                         json: #"{"actionId":"\#(actionId)","funderName":"X","funderKind":"project","form":"cash","pledged":10,"pledgedOn":"1998-01-02"}"#, bearer: broker2)
        try refused(foreign, .unprocessableEntity, "actionId")
        #expect(try await s.b.send(.POST, "/api/v1/indicators", json: #"{"name":"Jobs","unit":"jobs","scale":"count","level":"firm","direction":"higher"}"#, bearer: viewer).status == .forbidden)
    }

    static func networkAnalysis(_ app: Application) async throws {
        var s = try await setup(app)
        let spinner = try await actor(app, &s, #"{"kind":"enterprise","name":"Spinner","country":"NI","employees":8}"#)
        let dyer = try await actor(app, &s, #"{"kind":"enterprise","name":"Dyer","country":"NI","employees":8}"#)
        let exporter = try await actor(app, &s, #"{"kind":"institution","name":"Exporters' association","institutionType":"business_association","country":"NI"}"#)
        for (a, b, status) in [(spinner, dyer, "existing"), (dyer, exporter, "to_strengthen"), (spinner, exporter, "missing")] {
            let r = try await s.b.send(.POST, s.base + "/linkages", json: #"{"fromActorId":"\#(a)","tieType":"supplier_of","toActorId":"\#(b)","status":"\#(status)","recordedOn":"1998-01-01"}"#, bearer: s.broker)
            #expect(r.status == .created)
        }
        // A weaver came to a workshop but has no recorded tie: the analysis lists it as isolated.
        let weaver = try await actor(app, &s, #"{"kind":"enterprise","name":"Weaver","country":"NI","employees":3}"#)
        let event = #"{"type":"workshop","title":"Dyeing workshop","heldOn":"1998-02-01","actorIds":["\#(dyer)","\#(weaver)"],"women":2,"men":2}"#
        #expect(try await s.b.send(.POST, s.base + "/events", json: event, bearer: s.broker).status == .created)
        var b = Browser(app)
        #expect(try await b.signIn("broker@example.org", "a good long password").status == .seeOther)
        let page = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis").body)
        // Viewed again with nothing changed, the kept analysis is shown, not computed anew.
        let kept = try #require(try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage").first())
        _ = try await b.analysed("/clusters/\(s.clusterId)/network-analysis")
        let again = try #require(try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage").first())
        #expect(again.state == .ready && again.fingerprint == kept.fingerprint && again.finishedAt == kept.finishedAt)
        #expect(page.contains("Most paths between actors run through Dyer"))
        #expect(page.contains("4 actors and 2 ties"))
        #expect(page.contains("1 actor has no cooperative tie: Weaver."))
        // The same kept analysis reads in Spanish for a reader who chose it: drawn once per language, not computed again.
        _ = try await b.get("/")
        #expect(try await b.post("/language", ["language": "es", "back": "/"]).status == .seeOther)
        let spanish = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis").body)
        #expect(spanish.contains("4 actores y 2 vínculos") && spanish.contains("1 actor no tiene ningún vínculo de cooperación: Weaver."))
        #expect(try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage").first()?.finishedAt == kept.finishedAt)
        // An analysis kept by an earlier version has its page in English only: it is drawn again, in every language.
        try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage")
            .set(\.$fingerprint, to: String(kept.fingerprint.dropFirst("pages-by-language|".count))).set(\.$translatedPages, to: nil).update()
        let redrawn = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis").body)
        #expect(redrawn.contains("4 actores y 2 vínculos"))
        #expect(try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage").first()?.fingerprint == kept.fingerprint)
        _ = try await b.post("/language", ["language": "en", "back": "/"])
        // In the default grouping (by stage) circles still follow the kind of organisation.
        #expect(page.contains(#"class="node institution" data-kind="institution""#) && page.contains(#"class="node" data-kind="enterprise""#))
        #expect(!page.contains(#"class="node institution" data-kind="enterprise""#))
        // A conflict has its own colour, legend and count, and does not make a cooperative tie.
        let conflict = try await s.b.send(.POST, s.base + "/linkages", json: #"{"fromActorId":"\#(weaver)","tieType":"in_conflict_with","toActorId":"\#(spinner)","status":"existing","recordedOn":"1998-02-02"}"#, bearer: s.broker)
        #expect(conflict.status == .created)
        let withConflict = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis").body)
        let changed = try #require(try await NetworkAnalysisModel.query(on: app.db).filter(\.$grouping == "stage").first())
        #expect(changed.fingerprint != kept.fingerprint)
        #expect(withConflict.contains("1 actor has no cooperative tie: Weaver."))
        let linkages = String(buffer: try await b.get("/clusters/\(s.clusterId)/linkages").body)
        #expect(linkages.contains("1 existing, 1 to strengthen, 1 missing, 1 in conflict") && linkages.contains("tie-conflict"))
        #expect(linkages.contains(#"class="tie existing conflict""#))
        let summary = try WebScenarios.json(try await s.b.send(.GET, s.base + "/summary", bearer: s.broker))
        let ties = try #require(summary["ties"] as? [String: Any])
        #expect(ties["existing"] as? Int == 1 && ties["conflict"] as? Int == 1)
        let csv = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis.csv").body)
        #expect(csv.hasPrefix("id,group,degree") && csv.contains("Dyer,Enterprises,2,2,1,"))

        // Given the value chain lists the spinner and the dyer at their stages, the analysis groups by stage.
        let d = try WebScenarios.json(try await s.b.send(.POST, s.base + "/diagnostics", json: #"{"title":"Textile diagnostic","startedOn":"1998-01-01"}"#, bearer: s.broker))
        let dId = try #require(d["id"] as? String)
        for (position, name, actorId) in [(1, "Spinning", spinner), (2, "Dyeing", dyer)] {
            let r = try await s.b.send(.POST, s.base + "/chain-stages", json: #"{"diagnosticId":"\#(dId)","position":\#(position),"name":"\#(name)","actorIds":["\#(actorId)"]}"#, bearer: s.broker)
            #expect(r.status == .created)
        }
        // The diagnostic page's value chain names the organisations linked to each stage.
        let diagnosticPage = String(buffer: try await b.get("/clusters/\(s.clusterId)/diagnostics/\(dId)").body)
        #expect(diagnosticPage.contains("Organisations at this stage: <a href=\"/actors/\(spinner)\">Spinner</a>"))
        let api = try WebScenarios.json(try await s.b.analysed("/api/v1/clusters/\(s.clusterId)/network-analysis", bearer: s.broker))
        #expect(api["actors"] as? Int == 4 && api["ties"] as? Int == 2)
        let nodes = try #require(api["nodes"] as? [[String: Any]])
        #expect(nodes.first { $0["name"] as? String == "Dyer" }?["group"] as? String == "2. Dyeing")
        #expect(nodes.first { $0["name"] as? String == "Dyer" }?["betweenness"] as? Double == 1)
        let findings = try #require(api["findings"] as? [String])
        #expect(findings.contains("1. Spinning reach Business association only through one actor: Dyer."), "\(findings)")
        let byKind = try WebScenarios.json(try await s.b.analysed("/api/v1/clusters/\(s.clusterId)/network-analysis?groups=kind", bearer: s.broker))
        #expect((byKind["nodes"] as? [[String: Any]])?.first { $0["name"] as? String == "Dyer" }?["group"] as? String == "Enterprises")
    }

    static func eventForm(_ app: Application) async throws {
        var s = try await setup(app)
        var b = Browser(app)
        #expect(try await b.signIn("broker@example.org", "a good long password").status == .seeOther)
        #expect(String(buffer: try await b.get("/clusters/\(s.clusterId)/events").body).contains("Add: event"))
        let r = try await b.post("/clusters/\(s.clusterId)/events", ["type": "workshop", "title": "Marketing", "heldOn": "1998-02-10", "endedOn": "1998-02-01",
                                                                      "women": "2", "men": "3"])
        #expect(r.status == .unprocessableEntity, "\(String(buffer: r.body).prefix(3000))")
        #expect(String(buffer: r.body).contains("must not be before the day the event began"))
        #expect(try await EventModel.query(on: app.db).count() == 0)
        let ok = try await b.post("/clusters/\(s.clusterId)/events", ["type": "workshop", "title": "Marketing", "heldOn": "1998-02-10", "women": "2", "men": "3"])
        #expect(ok.status == .seeOther)
        let page = try await b.get("/clusters/\(s.clusterId)")
        #expect(String(buffer: page.body).contains("Participation per quarter"))
        // The history names the project and the stage as people know them, not by id or code.
        #expect(String(buffer: page.body).contains("Project: — → NI1"))
        #expect(String(buffer: page.body).contains("Stage: — → Selection"))
        _ = s.b
        s.b = b
    }

    static func tieImport(_ app: Application) async throws {
        var s = try await setup(app)
        let a = try await actor(app, &s, #"{"kind":"enterprise","name":"Spinner","country":"NI"}"#)
        let b = try await actor(app, &s, #"{"kind":"enterprise","name":"Dyer","country":"NI"}"#)
        let c = try await actor(app, &s, #"{"kind":"institution","name":"Exporters","institutionType":"business_association","country":"NI"}"#)
        let header = "fromActorId,toActorId,tieType,status,recordedOn,note\n"
        let path = s.base + "/linkages/import"
        // Given a file whose lines 3, 4 and 6 are wrong, then each is named and nothing is stored.
        let bad = header + "\(a),\(b),supplier_of,existing,1998-01-01,\n\(b),\(c),supplier_of,existing,1998-01-01,\n\(a),\(a),supplier_of,existing,1998-01-01,\n"
            + "\(a),\(UUID().uuidString.lowercased()),friend_of,existing,1998-13-01,\n\(b),\(c),supplier_of,to_strengthen,1998-02-01,\"Quoted, with a comma\"\n\(a),\(b),supplier_of,existing,1998-01-01,again\n"
        let refused = try await s.b.send(.POST, path, csv: bad, bearer: s.broker)
        #expect(refused.status == .unprocessableEntity)
        let problems = try #require(try fields(refused)["body"] as? [String])
        #expect(problems.contains { $0.hasPrefix("line 4, toActorId:") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("line 5, tieType:") } && problems.contains { $0.hasPrefix("line 5, recordedOn:") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("line 7, recordedOn:") && $0.contains("already") }, "\(problems)")
        #expect(!problems.contains { $0.hasPrefix("line 2") || $0.hasPrefix("line 3") || $0.hasPrefix("line 6") }, "\(problems)")
        #expect(try await LinkageModel.query(on: app.db).count() == 0)
        // A header with a column a tie does not have is refused before any line is read.
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, path, csv: "from,toActorId\n1,2\n", bearer: s.broker), .unprocessableEntity, "body")
        #expect(try await s.b.send(.POST, path, json: "{}", bearer: s.broker).status == .unsupportedMediaType)
        // A viewer may read the map but not import into it.
        _ = try await WebScenarios.user(app, "viewer@example.org", .viewer)
        let good = header + "\(a),\(b),supplier_of,existing,1998-01-01,\n\(b),\(c),supplier_of,to_strengthen,1998-02-01,\"Quoted, with a comma\"\n"
        #expect(try await s.b.send(.POST, path, csv: good, bearer: try await WebScenarios.token(app, "viewer@example.org")).status == .forbidden)
        // When the broker sends a good file, then every tie is stored with its history.
        let created = try await s.b.send(.POST, path, csv: good, bearer: s.broker)
        let imported = try WebScenarios.json(created)["imported"] as? Int
        #expect(created.status == .created && imported == 2)
        let ties = try await LinkageModel.query(on: app.db).sort(\.$recordedOn).all()
        #expect(ties.map(\.note) == [nil, "Quoted, with a comma"] && ties.allSatisfy { $0.clusterId.uuidString.lowercased() == s.clusterId })
        #expect(try await AuditEntryModel.query(on: app.db).filter(\.$recordType == "linkage").filter(\.$action == "create").count() == 2)
        // Written a batch per statement, each tie still has its id, times and one history entry of its own.
        for tie in ties {
            #expect(tie.createdAt != nil && tie.createdAt == tie.updatedAt)
            let history = try await RecordWriter.history(of: try tie.requireID(), on: app.db)
            #expect(history.count == 1 && history.first?.action == "create" && history.first?.userName == "broker@example.org")
        }
        #expect(try await AuditEntryModel.query(on: app.db).all().allSatisfy { $0.id != nil })
        // The same file again repeats ties already on the map: refused whole.
        #expect(try await s.b.send(.POST, path, csv: good, bearer: s.broker).status == .unprocessableEntity)
        // On the site, the form takes the file and shows the problems again on the form.
        var browser = Browser(app)
        #expect(try await browser.signIn("broker@example.org", "a good long password").status == .seeOther)
        #expect(String(buffer: try await browser.get("/clusters/\(s.clusterId)/linkages").body).contains("/linkages/import"))
        _ = try await browser.get("/clusters/\(s.clusterId)/linkages/import")
        let again = try await browser.upload("/clusters/\(s.clusterId)/linkages/import", fields: [:], files: ["ties": good])
        #expect(again.status == .unprocessableEntity && String(buffer: again.body).contains("Line 2, recordedOn"))
        let third = header + "\(a),\(c),supplier_of,missing,1998-03-01,\n"
        #expect(try await browser.upload("/clusters/\(s.clusterId)/linkages/import", fields: [:], files: ["ties": third]).status == .seeOther)
        #expect(try await LinkageModel.query(on: app.db).count() == 3)
    }

    static func largeNetwork(_ app: Application) async throws {
        var s = try await setup(app)
        let values: [RecordValues] = (0..<600).map { ["kind": .text("enterprise"), "name": .text("Firm \($0)"), "country": .text("NI")] }
        let actors = try await RecordWriter.createMany(ActorModel.self, values: values, by: .system, on: app.db).map { $0.id!.uuidString.lowercased() }
        // Created in bulk, the firms are found by their names as one created alone would be.
        #expect(try await RecordQuery.list(ActorModel.self, ListRequest(search: "FIRM 599"), on: app.db).items.map(\.name) == ["Firm 599"])
        // Twelve villages of fifty firms, each tied in a ring with a few chords, and one trader linking the villages.
        var lines = ["fromActorId,toActorId,tieType,status,recordedOn"]
        for v in 0..<12 {
            for k in 0..<50 { lines.append("\(actors[v * 50 + k]),\(actors[v * 50 + (k + 1) % 50]),supplier_of,existing,2001-01-01") }
            for k in stride(from: 0, to: 50, by: 7) { lines.append("\(actors[v * 50 + k]),\(actors[v * 50 + (k + 25) % 50]),supplier_of,existing,2001-01-01") }
            if v > 0 { lines.append("\(actors[0]),\(actors[v * 50 + 3]),supplier_of,existing,2001-01-01") }
        }
        let imported = try await s.b.send(.POST, s.base + "/linkages/import", csv: lines.joined(separator: "\n") + "\n", bearer: s.broker)
        #expect(imported.status == .created)
        var b = Browser(app)
        #expect(try await b.signIn("broker@example.org", "a good long password").status == .seeOther)
        let page = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis").body)
        #expect(page.contains("data-analysis=\"ready\"") && page.contains("600 actors are too many to draw one by one"))
        #expect(page.components(separatedBy: "class=\"node community\"").count - 1 >= 10)
        // Lines between communities keep the widths that tell their ties apart (the stylesheet leaves them be).
        #expect(page.contains("<g class=\"community-ties\"><line") && page.contains("stroke-width=\""))
        #expect(page.contains("All 600 actors") && page.contains("<th scope=\"row\">Firm 599</th>"))
        let csv = String(buffer: try await b.analysed("/clusters/\(s.clusterId)/network-analysis.csv").body)
        #expect(csv.split(separator: "\n").count == 601)
    }
}
