import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The cluster cases of the source document told in the cycle's terms: the Pune perceptions, the
/// Bagru participation turning around, the Boaco action plan and its results, the Ludhiana cost
/// sharing and training. Figures the text gives are used as given; dates, names of firms and
/// amounts the text does not give are illustrative. Stages are then moved through the same rules
/// a broker meets.
enum DemoClusterCycle {
    typealias Ids = [String: UUID]

    static func load(_ db: any Database, clusters c: Ids, actors a: Ids) async throws {
        var a = a
        for (key, name, kind, type) in [
            ("pune-assoc", "Pune food processors' association (illustrative)", "institution", "business_association"),
            ("pune-lab", "Food testing laboratory, Pune (illustrative)", "institution", "laboratory"),
            ("pune-fda", "State food and drug administration (illustrative)", "institution", "government_agency"),
            ("pune-firm", "Pune pickle and spice maker (illustrative)", "enterprise", ""),
            ("boaco-foundation", "Local development foundation, Boaco (illustrative)", "institution", "ngo"),
            ("boaco-coop", "Boaco cheese producers' cooperative (illustrative)", "institution", "cooperative"),
            ("boaco-firm", "Cheese maker, Boaco (illustrative)", "enterprise", ""),
            ("ludhiana-ngo", "Local NGO, Ludhiana (illustrative)", "institution", "ngo"),
            ("ludhiana-tnc", "Japanese machinery company (illustrative name)", "enterprise", ""),
            ("dst", "Department of Science and Technology, Government of India", "institution", "government_agency"),
        ] {
            var row: [String: Any] = ["kind": kind, "name": name, "country": key.hasPrefix("boaco") ? "NI" : "IN"]
            if !type.isEmpty { row["institutionType"] = type } else { row["employees"] = key == "ludhiana-tnc" ? 900 : 12 }
            a[key] = try await DemoProgramme.make(ActorModel.self, row, on: db).requireID()
        }
        for i in 1...8 {
            a["bagru-\(i)"] = try await DemoProgramme.make(ActorModel.self, ["kind": "enterprise", "name": "Bagru block printer \(i) (illustrative)",
                                                                              "country": "IN", "location": "Bagru", "employees": 3 + i % 4], on: db).requireID()
        }
        let indicators = Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db).all().map { ($0.name, $0.id!) })
        let ctx = Context(db: db, actors: a, indicators: indicators, validations: Validations())
        try await pune(ctx, c["Pune food processing"]!)
        try await bagru(ctx, c["Bagru and Sanganer block printing"]!)
        try await boaco(ctx, c["Boaco and Chontales milk and cheese"]!)
        try await ludhiana(ctx, c["Ludhiana knitwear"]!)
        let fez = c["Fez leather"]!
        try await ctx.diagnostic(fez, ["title": "Fez leather cluster diagnostic", "startedOn": "2000-03-01",
                                       "productionSystem": "Tanneries in the old town discharge untreated effluent; relocation is under discussion. " + DemoProgramme.illustrative])
        try await ctx.validateDiagnostics()
        for (name, stage) in [("Pune food processing", "action_planning"), ("Bagru and Sanganer block printing", "implementation"),
                              ("Boaco and Chontales milk and cheese", "implementation"), ("Ludhiana knitwear", "implementation"),
                              ("Fez leather", "trust_building")] {
            try await ctx.moveStage(c[name]!, to: stage)
        }
    }

    /// Diagnostics validated in the story: a user fills a draft (perceptions, value chain, figures)
    /// and validates it afterwards, so the demo does the same once the draft is complete.
    actor Validations {
        var items: [(diagnostic: UUID, cluster: UUID, on: String, by: String, event: UUID?)] = []
        func add(_ d: UUID, _ cluster: UUID, _ on: String, _ by: String) { items.append((d, cluster, on, by, nil)) }
        func meeting(_ d: UUID, _ event: UUID) { if let i = items.firstIndex(where: { $0.diagnostic == d }) { items[i].event = event } }
    }

    struct Context {
        let db: any Database
        let actors: Ids
        let indicators: Ids
        let validations: Validations

        subscript(_ key: String) -> UUID { actors[key]! }

        @discardableResult
        func part<C: OwnedRecord>(_ type: C.Type, _ cluster: UUID, _ fields: [String: Any],
                                  configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> UUID {
            let owner = try await DemoProgramme.find(ClusterModel.self, cluster, on: db)
            return try await DemoProgramme.part(owner, C.self, fields, on: db, configure: configure).requireID()
        }

        @discardableResult
        func diagnostic(_ cluster: UUID, _ fields: [String: Any], validatedOn: String? = nil, by: String? = nil) async throws -> UUID {
            let d = try await part(DiagnosticModel.self, cluster, fields)
            if let validatedOn { await validations.add(d, cluster, validatedOn, by ?? "Validation meeting") }
            return d
        }

        /// Validates the diagnostics the story validated, through the workflow a broker uses.
        func validateDiagnostics() async throws {
            for v in await validations.items {
                var input: [String: RawInput] = ["validatedOn": .text(v.on), "validatedBy": .text(v.by)]
                if let event = v.event { input["validationEventId"] = .text(event.uuidString) }
                let d = try await DemoProgramme.find(DiagnosticModel.self, v.diagnostic, on: db)
                let cluster = try await DemoProgramme.find(ClusterModel.self, v.cluster, on: db)
                try await DiagnosticVersions.validate(d, input, in: cluster, by: DemoProgramme.acting, today: DemoProgramme.today, on: db)
            }
        }

        @discardableResult
        func event(_ cluster: UUID, _ type: String, _ title: String, _ on: String, actors: [String] = [], women: Int? = nil, men: Int? = nil,
                   entrepreneurs: Int? = nil, outcomes: String? = nil, place: String? = nil) async throws -> UUID {
            var f: [String: Any] = ["type": type, "title": title, "heldOn": on, "actorIds": actors.map { self[$0].uuidString }]
            if let women { f["women"] = women }
            if let men { f["men"] = men }
            if let entrepreneurs { f[StakeholderGroup.entrepreneurs.countKey] = entrepreneurs }
            if let outcomes { f["outcomes"] = outcomes }
            if let place { f["place"] = place }
            return try await part(EventModel.self, cluster, f)
        }

        /// The meeting that validates a diagnostic.
        func validated(_ diagnostic: UUID, at event: UUID) async {
            await validations.meeting(diagnostic, event)
        }

        func tie(_ cluster: UUID, _ from: String, _ type: String, _ to: String, _ status: String, _ on: String) async throws {
            try await part(LinkageModel.self, cluster, ["fromActorId": self[from], "tieType": type, "toActorId": self[to], "status": status, "recordedOn": on])
        }

        func figure(_ cluster: UUID, _ indicator: String, _ kind: String, _ on: String, _ value: Double, actor: String? = nil,
                    source: String? = nil, diagnostic: UUID? = nil, breakdown: [String: [String: Double]] = [:], ratio: (Double, Double)? = nil) async throws {
            var f: [String: Any] = ["indicatorId": indicators[indicator]!, "kind": kind, "observedOn": on, "value": value]
            if let actor { f["actorId"] = self[actor] }
            if let source { f["source"] = source }
            if let diagnostic { f["diagnosticId"] = diagnostic }
            if !breakdown.isEmpty { f["breakdown"] = breakdown }
            if let ratio { f["numerator"] = ratio.0; f["denominator"] = ratio.1 }
            try await part(ResultEntryModel.self, cluster, f)
        }

        func plan(_ cluster: UUID, vision: String, objectives: [String], adoptedOn: String) async throws {
            try await part(ActionPlanModel.self, cluster, ["vision": vision, "objectives": objectives, "adoptedOn": adoptedOn, "currency": "USD"])
        }

        @discardableResult
        func action(_ cluster: UUID, _ title: String, objective: String, type: String, lead: String?, partners: [String] = [],
                    start: String, end: String, status: String, percent: Int? = nil, achieved: String? = nil) async throws -> UUID {
            var f: [String: Any] = ["title": title, "objective": objective, "type": type, "startOn": start, "endOn": end, "status": status,
                                    "partnerIds": partners.map { self[$0].uuidString }]
            if let lead { f["leadActorId"] = self[lead] }
            if let percent { f["percentComplete"] = percent }
            if let achieved { f["achievedOutputs"] = achieved }
            return try await part(ActionModel.self, cluster, f)
        }

        func contribution(_ cluster: UUID, _ action: UUID, _ funder: String, _ kind: String, _ pledged: Double, paid: Double?,
                          on: String, inKind: Bool = false) async throws {
            var f: [String: Any] = ["actionId": action, "funderName": funder, "funderKind": kind, "form": inKind ? "in_kind" : "cash",
                                    "pledged": pledged, "pledgedOn": on]
            if let paid { f["paid"] = paid; f["paidOn"] = on }
            try await part(ContributionModel.self, cluster, f)
        }

        /// Moves the stage through the same rule a broker's edit meets; the demo fails loudly if its story does not hold.
        func moveStage(_ cluster: UUID, to stage: String) async throws {
            let model = try await ClusterModel.find(cluster, on: db)!
            try await RecordWorkflow(kind: RecordKinds.clusters).update(model, ["stage": .text(stage)], partial: true,
                                                                        by: DemoProgramme.acting, today: DemoProgramme.today, on: db)
        }
    }
}
