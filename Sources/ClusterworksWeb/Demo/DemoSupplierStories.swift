import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The four Nicaraguan client–supplier groups of the Vertical Linkages Unit at CADIN: footwear with
/// shoemakers, rum with bottle and label makers, ice cream and yoghurt with box and refrigeration
/// suppliers, coffee and cereals with peanut and jar suppliers and the metrology laboratory. The
/// groups are the source's; names of firms, scores, dates and amounts are illustrative.
enum DemoSupplierStories {
    typealias Group = (network: NetworkModel, client: UUID, suppliers: [UUID])

    static func load(_ db: any Database, projects p: [String: UUID], actors a: [String: UUID]) async throws {
        var groups: [String: Group] = [:]
        let coffee = try await NetworkModel.query(on: db).filter(\.$name == "Coffee and cereals supplier network").first()!
        groups["coffee"] = (coffee, a["Coffee and cereals processor (illustrative name)"]!,
                            try await suppliers(db, coffee, ["Peanut grower and sheller (illustrative)": ["peanuts"], "Plastic jar maker (illustrative)": ["plastic jars"]]))
        for (key, name, client, offered) in [
            ("footwear", "Footwear supplier network", "Footwear manufacturer and distributor (illustrative name)",
             ["Shoemaker, Masaya (illustrative)": ["leather shoes"], "Shoemaker, Granada (illustrative)": ["leather shoes", "sandals"], "Shoemaker, León (illustrative)": ["leather shoes"]]),
            ("rum", "Rum supplier network", "Rum producer (illustrative name)",
             ["Plastic bottle maker (illustrative)": ["plastic bottles"], "Label printer (illustrative)": ["labels"]]),
            ("icecream", "Ice cream and yoghurt supplier network", "Ice cream and yoghurt factory (illustrative name)",
             ["Cardboard box maker (illustrative)": ["cardboard boxes"], "Refrigeration service (illustrative)": ["refrigeration maintenance"]]),
        ] {
            let network = try await DemoProgramme.make(NetworkModel.self, [
                "name": name, "kind": "vertical", "country": "NI", "projectId": p["NIC-CLN"]!, "phase": "supplier_evaluation", "formedOn": "1999-06-01",
                "description": "A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. " + DemoProgramme.illustrative,
            ], on: db)
            try await DemoProgramme.join(network, ["actorId": a[client]!, "role": "client", "joinedOn": "1999-06-01"], on: db)
            groups[key] = (network, a[client]!, try await suppliers(db, network, offered))
        }
        for (key, g) in groups {
            try await profile(db, g, deliveryFirst: key == "rum" || key == "icecream")
            for (i, s) in g.suppliers.enumerated() {
                try await evaluate(db, g.network, s, "1999-07-\(10 + i)", [3, 2 + i % 2, 3, 3, 2, 3, 3, 3], certifications: key == "rum" && i == 0 ? ["FSC"] : [])
            }
            try await decide(db, g.network, "1999-07-30", .roundTables, "Suppliers evaluated")
            try await part(db, RoundTableModel.self, g.network, [
                "title": "Round table with the client", "heldOn": "1999-08-12", "place": "CADIN, Managua",
                "actorIds": ([g.client] + g.suppliers).map(\.uuidString), "women": 3, "men": 9,
                "agreedRequirements": ["Deliveries on the agreed day", "Batches checked before shipping"],
                "improvementAreas": ["Production planning", "Quality control", "Stock of materials"],
            ])
        }
        for key in ["coffee", "rum"] {
            let g = groups[key]!
            try await decide(db, g.network, "1999-08-20", .detailedAnalysis, "The client's requirements agreed")
            try await decide(db, g.network, "1999-09-10", .improvementPlan, "Areas of improvement identified")
            for firm in [g.client] + g.suppliers { try await improvementPlan(db, g.network, firm, inProgress: key == "coffee") }
        }
        try await linkageUnit(db, p["NIC-CLN"]!, host: a["CADIN"]!)
        let coffee2 = groups["coffee"]!
        try await kpis(db, coffee2.network, coffee2.suppliers[0])
        let rum = groups["rum"]!
        try await evaluate(db, rum.network, rum.suppliers[0], "2000-03-15", [4, 4, 3, 4, 3, 3, 3, 4], certifications: ["FSC"])
        try await decide(db, rum.network, "2000-03-20", .partnershipDecision, "Every firm has carried out its plan")
        try await part(db, PartnershipDecisionModel.self, rum.network, [
            "clientId": rum.client, "supplierId": rum.suppliers[0], "decidedOn": "2000-04-01", "entered": true, "contractValue": 85_000,
            "contractStart": "2000-05-01", "contractEnd": "2001-04-30", "lender": "Local bank (illustrative)", "loanAmount": 12_000,
            "notes": "The client buys its labels locally instead of importing them.",
        ])
        try await part(db, PartnershipDecisionModel.self, rum.network, [
            "clientId": rum.client, "supplierId": rum.suppliers[1], "decidedOn": "2000-04-01", "entered": false,
            "notes": "Bottle quality not yet at the client's standard; re-evaluate after the quality system.",
        ])
    }

    /// The suppliers in the order of their names (the rum group: label printer, then bottle maker).
    /// The unit at the Chamber of Industry and its fees phasing in towards the package's cost.
    static func linkageUnit(_ db: any Database, _ project: UUID, host: UUID) async throws {
        let owner = try await DemoProgramme.find(ProjectModel.self, project, on: db)
        try await DemoProgramme.part(owner, LinkageUnitModel.self, ["name": "Vertical Linkages Unit", "hostInstitutionId": host, "establishedOn": "1999-03-01",
                                                                   "package": "Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers."],
                                     on: db)
        for (year, packages, fee, paid) in [(1999, 4, 200.0, 800.0), (2000, 6, 400.0, 2_000.0), (2001, 8, 700.0, 5_600.0), (2002, 10, 1_000.0, 9_000.0)] {
            try await DemoProgramme.part(owner, FeeYearModel.self, ["year": year, "packages": packages, "fee": fee, "unitCost": 1_000.0,
                                                                   "invoiced": Double(packages) * fee, "paid": paid], on: db)
        }
    }

    static func suppliers(_ db: any Database, _ network: NetworkModel, _ offered: [String: [String]]) async throws -> [UUID] {
        var ids: [UUID] = []
        for (name, products) in offered.sorted(by: { $0.key < $1.key }) {
            let id = try await DemoProgramme.make(ActorModel.self, ["kind": "enterprise", "name": name, "country": "NI", "employees": 8 + ids.count * 7,
                                                                     "products": products], on: db).requireID()
            try await DemoProgramme.join(network, ["actorId": id, "role": "supplier", "joinedOn": "1999-06-01"], on: db)
            ids.append(id)
        }
        return ids
    }

    @discardableResult
    static func part<C: OwnedRecord>(_ db: any Database, _ type: C.Type, _ network: NetworkModel, _ fields: [String: Any],
                                     configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> UUID {
        try await DemoNetworkStories.part(db, type, network, fields, configure: configure)
    }

    static func profile(_ db: any Database, _ g: Group, deliveryFirst: Bool) async throws {
        var f: [String: Any] = ["clientId": g.client, "volumes": "Monthly orders (illustrative)", "minQuality": 3,
                                "localShareBefore": 20.0, "localShareNow": deliveryFirst ? 45.0 : 30.0]
        for c in SupplierCriterion.allCases { f[c.weightKey] = deliveryFirst ? (c == .delivery ? 30.0 : 10.0) : 12.5 }
        let products = try await ActorModel.query(on: db).filter(\.$id ~~ g.suppliers).all().flatMap { $0.products.split(separator: "\n").map(String.init) }
        f["products"] = Array(Set(products)).sorted()
        try await part(db, ClientProfileModel.self, g.network, f)
    }

    static func evaluate(_ db: any Database, _ n: NetworkModel, _ supplier: UUID, _ on: String, _ scores: [Int], certifications: [String]) async throws {
        var f: [String: Any] = ["supplierId": supplier, "evaluatedOn": on, "evaluator": "Linkage broker, CADIN (illustrative)", "certifications": certifications]
        for (c, s) in zip(SupplierCriterion.allCases, scores) { f[c.scoreKey] = s }
        f[SupplierCriterion.delivery.evidenceKey] = "Deliveries checked against the client's records for three months."
        try await part(db, SupplierEvaluationModel.self, n, f)
    }

    /// About six months, in the methodology's order: training, process, inventory, quality, then investment.
    static func improvementPlan(_ db: any Database, _ n: NetworkModel, _ firm: UUID, inProgress: Bool) async throws {
        let plan = try await part(db, ImprovementPlanModel.self, n, ["firmId": firm, "startOn": "1999-10-01", "endOn": "2000-03-31",
                                                                   "objectives": ["Deliver on time", "Halve rejected batches"]])
        let steps: [(String, String, String, String, String)] = [
            ("training", "Leadership, teamwork and planning course", "1999-10-01", "1999-10-31", "done"),
            ("process_layout", "New layout of the workshop", "1999-11-01", "1999-12-15", inProgress ? "in_progress" : "done"),
            ("inventory", "Stock of materials reduced to two weeks", "1999-12-01", "2000-01-31", inProgress ? "planned" : "done"),
            ("total_quality", "Batch checks before shipping", "2000-01-15", "2000-02-28", inProgress ? "planned" : "done"),
            ("investment", "Small equipment", "2000-03-01", "2000-03-31", "planned"),
        ]
        for (category, title, start, end, status) in steps {
            var f: [String: Any] = ["planId": plan, "category": category, "title": title, "owner": "Owner of the firm", "startOn": start, "endOn": end, "status": status]
            if category == "investment" { f["cost"] = 3_000.0; f["payer"] = "recipient" }
            if category == "training" { f["cost"] = 800.0; f["payer"] = "donors" }
            try await part(db, ImprovementActionModel.self, n, f)
        }
    }

    static func kpis(_ db: any Database, _ n: NetworkModel, _ firm: UUID) async throws {
        for (name, rows) in [("On-time delivery", [("baseline", "1999-09-30", 55.0), ("target", "2000-03-31", 90.0), ("measurement", "1999-12-31", 75.0)]),
                             ("Defect rate", [("baseline", "1999-09-30", 12.0), ("target", "2000-03-31", 5.0), ("measurement", "1999-12-31", 9.0)])] {
            let indicator = try await IndicatorModel.query(on: db).filter(\.$name == name).first()!.requireID()
            for (kind, on, value) in rows {
                try await part(db, ResultEntryModel.self, n, ["indicatorId": indicator, "kind": kind, "observedOn": on, "value": value, "actorId": firm])
            }
        }
    }

    static func decide(_ db: any Database, _ n: NetworkModel, _ on: String, _ phase: VerticalPhase, _ reason: String) async throws {
        try await DemoNetworkStories.decide(db, n, on, raw: phase.rawValue, reason)
    }
}
