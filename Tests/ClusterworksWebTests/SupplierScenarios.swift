import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
@testable import ClusterworksWeb
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Supplier development in a vertical network, end to end through the API, on SQLite and PostgreSQL.
enum SupplierScenarios {
    static let all: [(String, WebScenarios.Scenario)] = [
        ("given a client and three suppliers, a linkage broker goes from evaluation to partnership decision, and bad input is refused", partnership),
    ]

    static func partnership(_ app: Application) async throws {
        try await DemoIndicators.load(app.db)
        var b = Browser(app)
        let admin = try await WebScenarios.token(app, "admin@example.org")
        func post(_ path: String, _ json: String, _ token: String) async throws -> [String: Any] {
            let r = try await b.send(.POST, path, json: json, bearer: token)
            #expect(r.status == .created, "\(path): \(String(buffer: r.body))")
            return try WebScenarios.json(r)
        }
        func actor(_ name: String, _ employees: Int, products: String) async throws -> String {
            try #require(try await post("/api/v1/actors", #"{"kind":"enterprise","name":"\#(name)","country":"NI","employees":\#(employees),"products":[\#(products)]}"#, admin)["id"] as? String)
        }
        let network = try await post("/api/v1/networks", #"{"name":"Rum and its suppliers","kind":"vertical","country":"NI","phase":"supplier_evaluation","formedOn":"1999-01-10"}"#, admin)
        let nid = try #require(network["id"] as? String), base = "/api/v1/networks/\(nid)"
        _ = try await WebScenarios.user(app, "broker@example.org", .broker, scope: ScopeRef(.network, UUID(uuidString: nid)!))
        let t = try await WebScenarios.token(app, "broker@example.org")
        let client = try await actor("Rum producer", 450, products: #""rum""#)
        let labels = try await actor("Label printer", 25, products: #""labels""#)
        let bottles = try await actor("Bottle maker", 40, products: #""plastic bottles""#)
        let caps = try await actor("Cap maker", 12, products: #""caps","labels""#)
        let outsider = try await actor("Outsider", 8, products: #""labels""#)
        for (id, role) in [(client, "client"), (labels, "supplier"), (bottles, "supplier"), (caps, "supplier")] {
            _ = try await post(base + "/memberships", #"{"actorId":"\#(id)","role":"\#(role)","joinedOn":"1999-01-10"}"#, t)
        }
        // The client's weights must add up to 100 %.
        let weights = SupplierCriterion.allCases.map { "\"\($0.weightKey)\":\($0 == .delivery ? 30 : 10)" }.joined(separator: ",")
        var r = try await b.send(.POST, base + "/clients", json: #"{"clientId":"\#(client)","products":["labels"],"certifications":["FSC"],"minQuality":3,\#(weights.replacingOccurrences(of: ":30", with: ":40"))}"#, bearer: t)
        try ClusterCycleScenarios.refused(r, .unprocessableEntity, "qualityWeight")
        let profile = try await post(base + "/clients", #"{"clientId":"\#(client)","products":["labels"],"certifications":["FSC"],"minQuality":3,\#(weights)}"#, t)
        // Evaluations: members in the supplier role only, scores on the 1–5 scale.
        func evaluation(_ supplier: String, _ on: String, _ scores: [Int], certs: String = "") -> String {
            let s = zip(SupplierCriterion.allCases, scores).map { "\"\($0.scoreKey)\":\($1)" }.joined(separator: ",")
            return #"{"supplierId":"\#(supplier)","evaluatedOn":"\#(on)","evaluator":"Linkage broker","certifications":[\#(certs)],\#(s)}"#
        }
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/evaluations", json: evaluation(labels, "1999-03-01", [6, 3, 3, 3, 3, 3, 3, 3]), bearer: t), .unprocessableEntity, "qualityScore")
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/evaluations", json: evaluation(outsider, "1999-03-01", [3, 3, 3, 3, 3, 3, 3, 3]), bearer: t), .unprocessableEntity, "supplierId")
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/evaluations", json: evaluation(client, "1999-03-01", [3, 3, 3, 3, 3, 3, 3, 3]), bearer: t), .unprocessableEntity, "supplierId")
        _ = try await post(base + "/evaluations", evaluation(labels, "1999-03-01", [3, 2, 3, 3, 2, 3, 3, 3], certs: #""FSC""#), t)
        _ = try await post(base + "/evaluations", evaluation(caps, "1999-03-05", [2, 2, 2, 2, 3, 2, 2, 2]), t)
        // Phases of supplier development: round tables after an evaluation, the analysis after agreed requirements.
        _ = try await post(base + "/phase", #"{"decidedOn":"1999-03-10","toPhase":"round_tables","reason":"Suppliers evaluated"}"#, t)
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/phase", json: #"{"decidedOn":"1999-03-12","toPhase":"strategic_planning","reason":"r"}"#, bearer: t), .unprocessableEntity, "toPhase")
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/phase", json: #"{"decidedOn":"1999-03-12","toPhase":"detailed_analysis","reason":"r"}"#, bearer: t), .unprocessableEntity, "toPhase")
        _ = try await post(base + "/round-tables", #"{"title":"Client meets its suppliers","heldOn":"1999-03-20","actorIds":["\#(client)","\#(labels)","\#(caps)"],"agreedRequirements":["Deliveries every Monday"],"improvementAreas":["Planning","Quality control"]}"#, t)
        _ = try await post(base + "/phase", #"{"decidedOn":"1999-03-25","toPhase":"detailed_analysis","reason":"Requirements agreed"}"#, t)
        _ = try await post(base + "/phase", #"{"decidedOn":"1999-03-30","toPhase":"improvement_plan","reason":"Areas identified"}"#, t)
        // Matching for the client's needs: the label printer first, the cap maker after (no FSC, below the minimum), bottles left out.
        let page = try await b.send(.GET, "/api/v1/networks/\(nid)/clients/\(try #require(profile["id"] as? String))", bearer: t)
        #expect(page.status == .ok)
        let candidates = try await SupplierPages.candidates(for: try #require(try await ClientProfileModel.find(UUID(uuidString: profile["id"] as! String)!, on: app.db)),
                                                            excluding: UUID(uuidString: client)!, on: app.db)
        #expect(candidates.map(\.name) == ["Label printer", "Cap maker", "Outsider"])
        #expect(!candidates.contains { $0.name == "Bottle maker" })
        // An improvement plan that ends before it starts is refused; an investment first is warned about.
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/improvement-plans", json: #"{"firmId":"\#(labels)","startOn":"1999-06-01","endOn":"1999-01-01"}"#, bearer: t), .unprocessableEntity, "endOn")
        let plan = try await post(base + "/improvement-plans", #"{"firmId":"\#(labels)","startOn":"1999-04-01","endOn":"1999-09-30","objectives":["On-time delivery"]}"#, t)
        let planId = try #require(plan["id"] as? String)
        // An action outside its plan's period (1999-04-01 to 1999-09-30) is refused, naming the date.
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/improvement-actions", json: #"{"planId":"\#(planId)","category":"training","title":"Late course","owner":"Consultant","startOn":"1999-09-01","endOn":"1999-12-31","status":"planned"}"#, bearer: t), .unprocessableEntity, "endOn")
        _ = try await post(base + "/improvement-actions", #"{"planId":"\#(planId)","category":"investment","title":"New press","owner":"Owner","startOn":"1999-04-15","endOn":"1999-05-15","cost":8000,"payer":"recipient","status":"planned"}"#, t)
        _ = try await post(base + "/improvement-actions", #"{"planId":"\#(planId)","category":"training","title":"Planning course","owner":"Consultant","startOn":"1999-04-01","endOn":"1999-05-31","status":"done"}"#, t)
        let planPage = try await b.send(.GET, "/api/v1/networks/\(nid)/improvement-plans/\(planId)", bearer: t)
        #expect(planPage.status == .ok)
        let warnings = ImprovementPlanOrder.warnings(try await ImprovementActionModel.query(on: app.db).all().compactMap(\.ordered))
        #expect(warnings.count == 1)
        // KPIs through the results framework, in the indicator's unit, for the firm.
        let indicators = try WebScenarios.json(try await b.send(.GET, "/api/v1/indicators?perPage=100", bearer: t))["items"] as? [[String: Any]] ?? []
        let onTime = try #require(indicators.first { $0["name"] as? String == "On-time delivery" }?["id"] as? String)
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/results", json: #"{"indicatorId":"\#(onTime)","kind":"baseline","observedOn":"1999-03-01","value":60,"unit":"days","actorId":"\#(labels)"}"#, bearer: t), .unprocessableEntity, "unit")
        _ = try await post(base + "/results", #"{"indicatorId":"\#(onTime)","kind":"baseline","observedOn":"1999-03-01","value":60,"unit":"%","actorId":"\#(labels)"}"#, t)
        let partnershipPhase = try await b.send(.POST, base + "/phase", json: #"{"decidedOn":"1999-10-10","toPhase":"partnership_decision","reason":"r"}"#, bearer: t)
        try ClusterCycleScenarios.refused(partnershipPhase, .unprocessableEntity, "toPhase")
        // The refusal names the firms still without a plan, the client among them, and why the client's own plan belongs.
        let refusal = String(buffer: partnershipPhase.body)
        #expect(refusal.contains("1 of 4 firms have an improvement plan; still without one: Bottle maker, Cap maker, Rum producer."))
        #expect(refusal.contains("The client plans its own improvements too"))
        // Re-evaluation shows improvement; the partnership needs an evaluated supplier.
        _ = try await post(base + "/evaluations", evaluation(labels, "1999-10-01", [4, 4, 3, 4, 3, 3, 3, 4], certs: #""FSC""#), t)
        try ClusterCycleScenarios.refused(try await b.send(.POST, base + "/partnerships", json: #"{"clientId":"\#(client)","supplierId":"\#(bottles)","decidedOn":"1999-10-15","entered":true}"#, bearer: t), .unprocessableEntity, "supplierId")
        _ = try await post(base + "/partnerships", #"{"clientId":"\#(client)","supplierId":"\#(labels)","decidedOn":"1999-10-15","entered":true,"contractValue":120000,"contractStart":"2000-01-01","contractEnd":"2000-12-31","lender":"Local bank","loanAmount":15000}"#, t)
        let figures = try await LinkageFigures.load(try #require(try await NetworkModel.find(UUID(uuidString: nid)!, on: app.db)), on: app.db)
        let summary = try WebScenarios.json(try await b.send(.GET, base + "/summary", bearer: t))
        #expect((summary["supplierDevelopment"] as? [String: Any])?["contracted"] as? Int == 1)
        #expect((summary["nextPhase"] as? [String: Any])?["phase"] as? String == "partnership_decision")
        #expect(figures.evaluated == 2 && figures.improved == 1 && figures.contracted == 1 && figures.contractValue == 120_000 && figures.loans == 15_000)
        // Member enterprises: a supplier reads its own evaluations only, the client its suppliers'.
        func memberToken(_ email: String, _ organisation: String) async throws -> String {
            let u = try await WebScenarios.user(app, email, .enterpriseMember)
            u.organisationId = UUID(uuidString: organisation)
            try await u.update(on: app.db)
            return try await WebScenarios.token(app, email)
        }
        let labelsUser = try await memberToken("labels@example.org", labels), clientUser = try await memberToken("rum@example.org", client)
        let capsEvaluation = try #require(try await SupplierEvaluationModel.query(on: app.db).filter(\.$supplierId == UUID(uuidString: caps)!).first()?.id)
        #expect(try await b.send(.GET, base + "/evaluations/\(capsEvaluation.uuidString)", bearer: labelsUser).status == .notFound)
        #expect(try await b.send(.GET, base + "/evaluations/\(capsEvaluation.uuidString)", bearer: clientUser).status == .ok)
        let own = try WebScenarios.json(try await b.send(.GET, base + "/evaluations", bearer: labelsUser))["items"] as? [[String: Any]] ?? []
        #expect(own.count == 2 && own.allSatisfy { $0["supplierId"] as? String == labels })
        let all = try WebScenarios.json(try await b.send(.GET, base + "/evaluations", bearer: clientUser))["items"] as? [[String: Any]] ?? []
        #expect(all.count == 3)
        // The linkage unit's fees: paid never above invoiced; the host is an institution.
        let project = try await post("/api/v1/projects", #"{"code":"NI9","title":"Linkages","countries":["NI"],"status":"ongoing","linesOfWork":["vertical_linkages"]}"#, admin)
        let pbase = "/api/v1/projects/\(try #require(project["id"] as? String))"
        try ClusterCycleScenarios.refused(try await b.send(.POST, pbase + "/linkage-unit", json: #"{"name":"Unit","hostInstitutionId":"\#(client)"}"#, bearer: admin), .unprocessableEntity, "hostInstitutionId")
        try ClusterCycleScenarios.refused(try await b.send(.POST, pbase + "/linkage-fees", json: #"{"year":2000,"packages":4,"fee":200,"unitCost":1000,"invoiced":800,"paid":900}"#, bearer: admin), .unprocessableEntity, "paid")
        _ = try await post(pbase + "/linkage-fees", #"{"year":2000,"packages":4,"fee":200,"unitCost":1000,"invoiced":800,"paid":800}"#, admin)
        #expect(try await b.send(.POST, pbase + "/linkage-fees", json: #"{"year":2000,"packages":1,"fee":1,"unitCost":1}"#, bearer: t).status == .forbidden)
        // A horizontal network has no supplier evaluations.
        let horizontal = try await post("/api/v1/networks", #"{"name":"H","kind":"horizontal","country":"NI","phase":"promotion"}"#, admin)
        let hid = try #require(horizontal["id"] as? String)
        try ClusterCycleScenarios.refused(try await b.send(.POST, "/api/v1/networks/\(hid)/evaluations", json: evaluation(labels, "1999-03-01", [3, 3, 3, 3, 3, 3, 3, 3]), bearer: admin), .unprocessableEntity, "supplierId")
    }
}
