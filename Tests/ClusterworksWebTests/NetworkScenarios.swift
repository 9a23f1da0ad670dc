import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Horizontal networks and the NET end to end, on SQLite and PostgreSQL.
enum NetworkScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("given a broker's network, it goes from promotion to self-management only as its conditions allow, and is dissolved", lifecycle),
        ("the programme's NET targets are set by programme managers, a network's own by its manager", targets),
    ]

    struct Setup {
        var b: Browser
        let admin: String, broker: String, pm: String
        let networkId: String
        var base: String { "/api/v1/networks/\(networkId)" }
    }

    static func setup(_ app: Application) async throws -> Setup {
        var b = Browser(app)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        let project = try WebScenarios.json(try await b.send(.POST, "/api/v1/projects", json: #"{"code":"NI2","title":"Networks","countries":["NI"],"status":"ongoing"}"#, bearer: admin))
        let projectId = try #require(project["id"] as? String)
        let network = try WebScenarios.json(try await b.send(.POST, "/api/v1/networks", json: #"{"name":"Masaya woodworkers","kind":"horizontal","country":"NI","phase":"promotion","formedOn":"1998-03-01","projectId":"\#(projectId)"}"#, bearer: admin))
        let networkId = try #require(network["id"] as? String)
        _ = try await WebScenarios.user(app, "broker@example.org", .broker, scope: ScopeRef(.network, UUID(uuidString: networkId)!))
        _ = try await WebScenarios.user(app, "pm@example.org", .programmeManager, scope: ScopeRef(.project, UUID(uuidString: projectId)!))
        return Setup(b: b, admin: admin, broker: try await WebScenarios.token(app, "broker@example.org"),
                     pm: try await WebScenarios.token(app, "pm@example.org"), networkId: networkId)
    }

    static func member(_ s: inout Setup, _ name: String) async throws -> String {
        let actor = try WebScenarios.json(try await s.b.send(.POST, "/api/v1/actors", json: #"{"kind":"enterprise","name":"\#(name)","country":"NI","employees":6}"#, bearer: s.admin))
        let id = try #require(actor["id"] as? String)
        let r = try await s.b.send(.POST, s.base + "/memberships", json: #"{"actorId":"\#(id)","role":"member","joinedOn":"1998-03-01"}"#, bearer: s.broker)
        #expect(r.status == .created)
        return id
    }

    static func lifecycle(_ app: Application) async throws {
        var s = try await setup(app)
        let t = s.broker, base = s.base
        func send(_ m: HTTPMethod, _ path: String, _ json: String? = nil, as token: String? = nil) async throws -> TestingHTTPResponse {
            try await s.b.send(m, base + path, json: json, bearer: token ?? t)
        }
        func phase() async throws -> String? { try WebScenarios.json(try await s.b.send(.GET, base, bearer: t))["phase"] as? String }
        let a = try await member(&s, "Workshop A"), b = try await member(&s, "Workshop B")
        var r = try await send(.POST, "/phase", #"{"decidedOn":"1998-05-01","toPhase":"strategic_planning","reason":"Group formed"}"#)
        try ClusterCycleScenarios.refused(r, .unprocessableEntity, "toPhase")
        let c = try await member(&s, "Workshop C")
        #expect(try await send(.POST, "/phase", #"{"decidedOn":"1998-05-01","toPhase":"strategic_planning","reason":"Three committed members"}"#).status == .created)
        #expect(try await phase() == "strategic_planning")
        // A phase changes only by a decision; a skip is refused; an override is for programme managers.
        try ClusterCycleScenarios.refused(try await s.b.send(.PATCH, base, json: #"{"phase":"pilot_projects"}"#, bearer: t), .unprocessableEntity, "phase")
        try ClusterCycleScenarios.refused(try await send(.POST, "/phase", #"{"decidedOn":"1998-06-01","toPhase":"strategic_projects","reason":"r"}"#), .unprocessableEntity, "toPhase")
        try ClusterCycleScenarios.refused(try await send(.POST, "/phase", #"{"decidedOn":"1998-06-01","toPhase":"pilot_projects","reason":"r","override":true,"justification":"urgent"}"#), .unprocessableEntity, "override")
        // Business plan: adopted, then frozen.
        r = try await send(.POST, "/business-plans", #"{"title":"Plan","objectives":["Buy wood together"],"budget":5000,"currency":"USD"}"#)
        #expect(r.status == .created)
        let planId = try #require(try WebScenarios.json(r)["id"] as? String)
        try ClusterCycleScenarios.refused(try await send(.POST, "/phase", #"{"decidedOn":"1998-07-01","toPhase":"pilot_projects","reason":"r"}"#), .unprocessableEntity, "toPhase")
        #expect(try await send(.PATCH, "/business-plans/\(planId)", #"{"adoptedOn":"1998-06-20"}"#).status == .ok)
        try ClusterCycleScenarios.refused(try await send(.PATCH, "/business-plans/\(planId)", #"{"budget":9000}"#), .conflict, "adoptedOn")
        #expect(try await send(.POST, "/phase", #"{"decidedOn":"1998-07-01","toPhase":"pilot_projects","reason":"Plan adopted"}"#).status == .created)
        // A pilot project by members only, completed, with its budget.
        let stranger = try #require(try WebScenarios.json(try await s.b.send(.POST, "/api/v1/actors", json: #"{"kind":"enterprise","name":"Outsider","country":"NI","employees":4}"#, bearer: s.admin))["id"] as? String)
        try ClusterCycleScenarios.refused(try await send(.POST, "/joint-projects", #"{"title":"Input shop","scale":"pilot","type":"input_shop","status":"planned","participantIds":["\#(stranger)"]}"#), .unprocessableEntity, "participantIds")
        r = try await send(.POST, "/joint-projects", #"{"title":"Input shop","scale":"pilot","type":"input_shop","status":"completed","startOn":"1998-08-01","endOn":"1999-02-28","participantIds":["\#(a)","\#(b)","\#(c)"]}"#)
        #expect(r.status == .created)
        let projectId = try #require(try WebScenarios.json(r)["id"] as? String)
        #expect(try await send(.POST, "/contributions", #"{"jointProjectId":"\#(projectId)","funderName":"Members","funderKind":"private_sector","form":"cash","pledged":1200,"pledgedOn":"1998-08-01","paid":1200,"paidOn":"1998-09-01"}"#).status == .created)
        #expect(try await send(.POST, "/rules", #"{"title":"Statutes","text":"Members who sell outside the group's prices are expelled.","adoptedOn":"1999-03-01"}"#).status == .created)
        #expect(try await send(.POST, "/phase", #"{"decidedOn":"1999-09-01","toPhase":"strategic_projects","reason":"Pilot done, rules adopted"}"#).status == .created)
        // NET: scores on the scale, after the network was formed.
        func assessment(_ on: String, _ score: Int, broker: Bool) -> String {
            let scores = NETIndicator.allCases.map { "\"\($0.scoreKey)\":\(score)" }.joined(separator: ",")
            return #"{"assessedOn":"\#(on)","phase":"strategic_projects","assessor":"Broker","dependsOnBroker":\#(broker),\#(scores)}"#
        }
        try ClusterCycleScenarios.refused(try await send(.POST, "/net", assessment("2000-06-01", 6, broker: true)), .unprocessableEntity, "groupCohesionScore")
        try ClusterCycleScenarios.refused(try await send(.POST, "/net", assessment("1997-06-01", 4, broker: true)), .unprocessableEntity, "assessedOn")
        r = try await send(.POST, "/net", assessment("2000-06-01", 5, broker: true))
        #expect(r.status == .created)
        #expect(try WebScenarios.json(r)["scaleMax"] as? Int == 5)
        try ClusterCycleScenarios.refused(try await send(.POST, "/phase", #"{"decidedOn":"2000-07-01","toPhase":"self_management","reason":"r"}"#), .unprocessableEntity, "toPhase")
        r = try await send(.POST, "/phase", #"{"decidedOn":"2000-07-01","toPhase":"self_management","reason":"The group runs itself","override":true,"justification":"The broker only attends as a guest"}"#, as: s.pm)
        #expect(r.status == .created)
        #expect(try WebScenarios.json(r)["fromPhase"] as? String == "strategic_projects")
        #expect(try await phase() == "self_management")
        let summary = try WebScenarios.json(try await send(.GET, "/summary"))
        #expect(summary["phase"] as? String == "self_management" && summary["currentMembers"] as? Int == 3)
        #expect((summary["latestNET"] as? [String: Any])?["atOrAboveTarget"] as? Int == 7)
        let bench = try WebScenarios.json(try await send(.GET, "/net/benchmark"))
        #expect((bench["indicators"] as? [[String: Any]])?.first?["percentile"] as? Double == 50)
        let csv = try await s.b.send(.GET, "/api/v1/net/matrix.csv", bearer: t)
        #expect(csv.status == .ok && String(buffer: csv.body).contains("Masaya woodworkers"))
        // Dissolution ends the open memberships; the history stays and nothing moves after.
        #expect(try await send(.POST, "/phase", #"{"decidedOn":"2003-01-10","dissolution":"goals_reached","reason":"The association took over"}"#).status == .created)
        let members = try WebScenarios.json(try await send(.GET, "/memberships"))["items"] as? [[String: Any]] ?? []
        #expect(members.count == 3 && members.allSatisfy { $0["leavingReason"] as? String == "network_dissolved" })
        try ClusterCycleScenarios.refused(try await send(.POST, "/phase", #"{"decidedOn":"2003-02-01","toPhase":"strategic_projects","reason":"r"}"#), .unprocessableEntity, "toPhase")
        #expect(try await PhaseDecisionModel.query(on: app.db).count() == 5)
    }

    static func targets(_ app: Application) async throws {
        var s = try await setup(app)
        _ = try await WebScenarios.user(app, "viewer@example.org", .viewer)
        var viewer = Browser(app)
        #expect(try await viewer.signIn("viewer@example.org", "a good long password").status == .seeOther)
        _ = try await viewer.get("/net/targets")
        #expect(try await viewer.post("/net/targets", ["phase": "pilot_projects", "indicator": "economic_performance", "target": "4"]).status == .forbidden)
        var pm = Browser(app)
        #expect(try await pm.signIn("pm@example.org", "a good long password").status == .seeOther)
        _ = try await pm.get("/net/targets")
        #expect(try await pm.post("/net/targets", ["phase": "pilot_projects", "indicator": "economic_performance", "target": "9"]).status == .unprocessableEntity)
        #expect(try await pm.post("/net/targets", ["phase": "pilot_projects", "indicator": "economic_performance", "target": "4"]).status == .seeOther)
        #expect(try await pm.post("/networks/\(s.networkId)/net/targets", ["phase": "pilot_projects", "indicator": "group_cohesion", "target": "2"]).status == .seeOther)
        var broker = Browser(app)
        #expect(try await broker.signIn("broker@example.org", "a good long password").status == .seeOther)
        _ = try await broker.get("/networks/\(s.networkId)/net")
        #expect(try await broker.post("/networks/\(s.networkId)/net/targets", ["phase": "pilot_projects", "indicator": "group_cohesion", "target": "1"]).status == .forbidden)
        let mine = try WebScenarios.json(try await s.b.send(.GET, s.base + "/net/targets", bearer: s.broker))
        let pilot = try #require((mine["targets"] as? [String: Any])?["pilot_projects"] as? [String: Any])
        #expect(pilot["economic_performance"] as? Double == 4 && pilot["group_cohesion"] as? Double == 2)
        let programme = try WebScenarios.json(try await s.b.send(.GET, "/api/v1/net/targets", bearer: s.broker))
        #expect(((programme["targets"] as? [String: Any])?["pilot_projects"] as? [String: Any])?["group_cohesion"] as? Double == 3)
        // Through the API: the broker may not set targets; a scale must make sense; a new scale takes scores on it.
        #expect(try await s.b.send(.PUT, "/api/v1/net/targets", json: #"{"phase":"promotion","indicator":"group_cohesion","target":2}"#, bearer: s.broker).status == .forbidden)
        try ClusterCycleScenarios.refused(try await s.b.send(.PUT, "/api/v1/net/targets", json: #"{"phase":"promotion","indicator":"cohesion","target":2}"#, bearer: s.pm), .unprocessableEntity, "indicator")
        try ClusterCycleScenarios.refused(try await s.b.send(.PUT, "/api/v1/net/scale", json: #"{"min":3,"max":4}"#, bearer: s.pm), .unprocessableEntity, "scale")
        #expect(try await s.b.send(.PUT, "/api/v1/net/scale", json: #"{"min":0,"max":10}"#, bearer: s.pm).status == .ok)
        let scores = NETIndicator.allCases.map { "\"\($0.scoreKey)\":8" }.joined(separator: ",")
        let r = try await s.b.send(.POST, s.base + "/net", json: #"{"assessedOn":"1999-01-01","phase":"promotion","assessor":"B","dependsOnBroker":true,\#(scores)}"#, bearer: s.broker)
        #expect(r.status == .created)
        #expect(try WebScenarios.json(r)["scaleMax"] as? Int == 10)
    }
}
