import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Brokers, their training and succession, and cooperation between clusters, through the API.
enum BrokerScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("a programme manager trains, certifies, employs and assigns a broker, who then shows on the succession table; every bad input is refused", brokerPath),
        ("a cooperation agreement's broker records its activities, another cluster's broker cannot, and the arc shows on the portfolio", cooperation),
        ("a joint learning programme's participants take ideas home, followed up only after it ended", learning),
    ]

    struct Setup {
        var b: Browser
        let admin: String, pm: String, broker: String
        let cluster: String, project: String
    }

    static func setup(_ app: Application) async throws -> Setup {
        var s = try await ClusterCycleScenarios.setup(app)
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: s.projectId)!))
        _ = s.b
        return Setup(b: s.b, admin: s.admin, pm: try await WebScenarios.token(app, "pm@example.org"), broker: s.broker, cluster: s.clusterId, project: s.projectId)
    }

    static func id(_ r: TestingHTTPResponse) throws -> String {
        #expect(r.status == .created, "\(String(buffer: r.body))")
        return try #require(try WebScenarios.json(r)["id"] as? String)
    }

    static func brokerPath(_ app: Application) async throws {
        var s = try await setup(app)
        func post(_ path: String, _ json: String, _ token: String? = nil) async throws -> TestingHTTPResponse {
            try await s.b.send(.POST, "/api/v1/" + path, json: json, bearer: token ?? s.pm)
        }
        let person = try id(try await post("persons", #"{"name":"Field broker, Boaco","sex":"female"}"#))
        // The course and its cohort; the trainee's fieldwork must be on the programme's work.
        let course = try id(try await post("courses", #"{"title":"Cluster broker course","kind":"mixed","hours":320,"modules":["Diagnostic","Trust","Vision","Cost sharing","Impact"],"attendanceThreshold":80}"#))
        #expect(try await post("courses", #"{"title":"By a broker","kind":"classroom","modules":["A"],"attendanceThreshold":80}"#, s.broker).status == .forbidden)
        let cohort = try id(try await post("cohorts", #"{"courseId":"\#(course)","name":"Nicaragua 1999","startsOn":"1999-01-11","endsOn":"1999-03-05","country":"NI"}"#))
        let outside = try id(try await post("clusters", #"{"name":"Reference cluster","country":"NI","place":"León","sector":"Leather","stage":"selection"}"#, s.admin))
        let before = try await CohortParticipantModel.query(on: app.db).count()
        for (json, field) in [
            (#""attendedModules":["Diagnostic","Trust","Vision"],"assessment":"passed","certification":"certified","certifiedOn":"1999-03-19""#, "certification"),
            (#""attendedModules":["Diagnostic","Trust","Vision","Cost sharing","Impact"],"assessment":"pending","certification":"certified","certifiedOn":"1999-03-19""#, "assessment"),
            (#""attendedModules":["Diagnostic"],"assessment":"pending","certification":"not_yet","fieldClusterId":"\#(outside)""#, "fieldClusterId"),
            (#""attendedModules":["Basket weaving"],"assessment":"pending","certification":"not_yet""#, "attendedModules"),
        ] {
            try ClusterCycleScenarios.refused(try await post("course-participants", #"{"cohortId":"\#(cohort)","personId":"\#(person)",\#(json)}"#), .unprocessableEntity, field)
        }
        #expect(try await CohortParticipantModel.query(on: app.db).count() == before)
        let participant = try id(try await post("course-participants", #"{"cohortId":"\#(cohort)","personId":"\#(person)","attendedModules":["Diagnostic","Trust","Vision","Cost sharing","Impact"],"fieldClusterId":"\#(s.cluster)","assessment":"passed","certification":"certified","certifiedOn":"1999-03-19"}"#))
        #expect(try WebScenarios.json(try await s.b.send(.GET, "/api/v1/course-participants/\(participant)", bearer: s.broker))["name"] as? String == "Field broker, Boaco")
        // The broker: employed by the project, then by an institution; assigned within their time.
        #expect(try await post("brokers", #"{"personId":"\#(person)","kind":"cluster","status":"active","country":"NI"}"#, s.broker).status == .forbidden)
        let broker = try id(try await post("brokers", #"{"personId":"\#(person)","kind":"cluster","status":"active","country":"NI"}"#))
        try ClusterCycleScenarios.refused(try await post("brokers", #"{"personId":"\#(person)","kind":"network","status":"active","country":"NI"}"#), .conflict, "personId")
        let foundation = try id(try await post("actors", #"{"kind":"institution","name":"Boaco foundation","institutionType":"ngo","country":"NI"}"#))
        _ = try id(try await post("broker-employments", #"{"brokerId":"\#(broker)","employerKind":"project","projectId":"\#(s.project)","fromOn":"1999-04-01","toOn":"2000-12-31","monthlyCost":800}"#))
        try ClusterCycleScenarios.refused(try await post("broker-employments", #"{"brokerId":"\#(broker)","employerKind":"institution","institutionId":"\#(foundation)","fromOn":"2000-06-01"}"#), .unprocessableEntity, "fromOn")
        _ = try id(try await post("broker-employments", #"{"brokerId":"\#(broker)","employerKind":"institution","institutionId":"\#(foundation)","fromOn":"2001-01-01","monthlyCost":800}"#))
        _ = try id(try await post("broker-assignments", #"{"brokerId":"\#(broker)","clusterId":"\#(s.cluster)","fromOn":"1999-04-01","timeShare":70}"#))
        let assignments = try await BrokerAssignmentModel.query(on: app.db).count()
        try ClusterCycleScenarios.refused(try await post("broker-assignments", #"{"brokerId":"\#(broker)","clusterId":"\#(outside)","fromOn":"2000-01-01","timeShare":40}"#), .unprocessableEntity, "timeShare")
        #expect(try await BrokerAssignmentModel.query(on: app.db).count() == assignments)
        _ = try id(try await post("broker-assignments", #"{"brokerId":"\#(broker)","clusterId":"\#(outside)","fromOn":"2000-01-01","timeShare":30}"#))
        // Their path, and the programme's succession table.
        let path = try WebScenarios.json(try await s.b.send(.GET, "/api/v1/brokers/\(broker)/path", bearer: s.broker))
        #expect((path["trainings"] as? [[String: Any]])?.first?["certification"] as? String == "certified")
        #expect((path["employments"] as? [Any])?.count == 2 && (path["assignments"] as? [Any])?.count == 2)
        let cost = try #require(path["cost"] as? [[String: Any]])
        #expect(cost.first?["year"] as? Int == 1999 && cost.first?["total"] as? Double == 9 * 800 && cost.first?["toProject"] as? Double == 9 * 800)
        let succession = try WebScenarios.json(try await s.b.send(.GET, "/api/v1/programme/brokers", bearer: s.broker))
        #expect((succession["byCountryAndYear"] as? [[String: Any]])?.first { $0["country"] as? String == "NI" }?["certified"] as? Int == 1)
        #expect((succession["now"] as? [String: Any])?["institution"] as? Int == 1)
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: broker)!).all()
        #expect(history.map(\.action) == ["create"])
        var page = try await WebScenarios.signedInAdmin(app)
        let html = String(buffer: try await page.get("/brokers/\(broker)").body)
        #expect(html.contains("Training and certification") && html.contains("Cost of the broker, year by year") && html.contains("Boaco foundation"))
        #expect(String(buffer: try await page.get("/actors/\(foundation)").body).contains("Taking the brokering function over"))
    }

    static func cooperation(_ app: Application) async throws {
        var s = try await setup(app)
        let partner = try id(try await s.b.send(.POST, "/api/v1/clusters", json: #"{"name":"Santa Croce leather","country":"IT","place":"Santa Croce sull'Arno","sector":"Leather","stage":"selection","latitude":43.71,"longitude":10.78}"#, bearer: s.admin))
        _ = try await s.b.send(.PATCH, "/api/v1/clusters/\(s.cluster)", json: #"{"latitude":12.47,"longitude":-85.66}"#, bearer: s.admin)
        let other = try id(try await s.b.send(.POST, "/api/v1/clusters", json: #"{"name":"Other dairy","country":"NI","place":"Matagalpa","sector":"Dairy","stage":"selection"}"#, bearer: s.admin))
        _ = try await WebScenarios.user(app, "other@example.org", .broker, scope: ScopeRef(.cluster, UUID(uuidString: other)!))
        let stranger = try await WebScenarios.token(app, "other@example.org")
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/cooperation", json: #"{"title":"Itself","clusterId":"\#(s.cluster)","partnerClusterId":"\#(s.cluster)","purpose":"?","startsOn":"2000-06-01"}"#, bearer: s.broker),
                                          .unprocessableEntity, "partnerClusterId")
        // The cluster's own broker may make the agreement; a broker of another cluster may not.
        let body = #"{"title":"Dairy and leather","clusterId":"\#(s.cluster)","partnerClusterId":"\#(partner)","purpose":"Benchmarking","startsOn":"2000-06-01","endsOn":"2002-12-31"}"#
        #expect(try await s.b.send(.POST, "/api/v1/cooperation", json: body, bearer: stranger).status == .forbidden)
        let agreement = try id(try await s.b.send(.POST, "/api/v1/cooperation", json: body, bearer: s.broker))
        let activity = #"{"agreementId":"\#(agreement)","type":"benchmarking_visit","title":"Visit to the tanneries","startsOn":"2001-03-05","endsOn":"2001-03-09","participantCount":6,"cost":9000,"partnerShare":50}"#
        #expect(try await s.b.send(.POST, "/api/v1/cooperation-activities", json: activity, bearer: stranger).status == .forbidden)
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/cooperation-activities", json: activity.replacingOccurrences(of: "2001-03-05", with: "2000-03-05").replacingOccurrences(of: "2001-03-09", with: "2000-03-09"), bearer: s.broker),
                                          .unprocessableEntity, "startsOn")
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/cooperation-activities", json: activity.replacingOccurrences(of: "2001-03-09", with: "2003-01-09"), bearer: s.broker),
                                          .unprocessableEntity, "endsOn")
        // Before anything was done there is no arc; the activity draws it.
        var page = try await WebScenarios.signedInAdmin(app)
        #expect(!String(buffer: try await page.get("/").body).contains("data-agreement=\"\(agreement)\""))
        _ = try id(try await s.b.send(.POST, "/api/v1/cooperation-activities", json: activity, bearer: s.broker))
        let portfolio = String(buffer: try await page.get("/").body)
        #expect(portfolio.contains("data-agreement=\"\(agreement)\"") && portfolio.contains("Cooperation between clusters"))
        #expect(String(buffer: try await page.get("/clusters/\(partner)").body).contains("Boaco dairy"))
        let csv = String(buffer: try await s.b.send(.GET, "/api/v1/cooperation-activities.csv", bearer: stranger).body)
        #expect(csv.contains("Visit to the tanneries") && csv.contains("9000.0"))
    }

    static func learning(_ app: Application) async throws {
        var s = try await setup(app)
        let edition = try id(try await s.b.send(.POST, "/api/v1/learning", json: #"{"title":"Networking in Chile","theme":"Networks","hostCountry":"CL","startsOn":"2000-01-17","endsOn":"2000-01-21"}"#, bearer: s.pm))
        let person = try id(try await s.b.send(.POST, "/api/v1/persons", json: #"{"name":"Director of the foundation"}"#, bearer: s.pm))
        let participant = try id(try await s.b.send(.POST, "/api/v1/learning-participants", json: #"{"editionId":"\#(edition)","personId":"\#(person)","country":"NI"}"#, bearer: s.pm))
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/learning-participants", json: #"{"editionId":"\#(edition)","personId":"\#(person)","country":"NI"}"#, bearer: s.pm),
                                          .unprocessableEntity, "personId")
        let idea = #"{"participantId":"\#(participant)","idea":"Fees for services","status":"started","followedUpOn":"2000-01-19"}"#
        try ClusterCycleScenarios.refused(try await s.b.send(.POST, "/api/v1/action-ideas", json: idea, bearer: s.pm), .unprocessableEntity, "followedUpOn")
        let ideaId = try id(try await s.b.send(.POST, "/api/v1/action-ideas", json: idea.replacingOccurrences(of: "2000-01-19", with: "2000-06-30"), bearer: s.pm))
        #expect(try await s.b.send(.PATCH, "/api/v1/action-ideas/\(ideaId)", json: #"{"status":"done","followedUpOn":"2001-03-01"}"#, bearer: s.pm).status == .ok)
        #expect(try await s.b.send(.PATCH, "/api/v1/action-ideas/\(ideaId)", json: #"{"status":"dropped"}"#, bearer: s.broker).status == .forbidden)
        let history = try await AuditEntryModel.query(on: app.db).filter(\.$recordId == UUID(uuidString: ideaId)!).all().map(\.action)
        #expect(Set(history) == ["create", "update"])
        var page = try await WebScenarios.signedInAdmin(app)
        let html = String(buffer: try await page.get("/learning/\(edition)").body)
        #expect(html.contains("What the learning changed") && html.contains("1 action idea taken home: 0 taken home, not yet started, 0 started, 1 done, 0 dropped"))
    }
}
