import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The Masaya woodworkers' three years told as phase decisions, plans, rules, joint projects and NET
/// assessments; networks in Jaipur, Senegal and Zimbabwe at other phases so the benchmark has
/// company. Figures the text gives are used as given; dates, scores and amounts are illustrative.
enum DemoNetworkStories {
    static func load(_ db: any Database, projects p: [String: UUID], actors a: [String: UUID]) async throws {
        let masaya = try await NetworkModel.query(on: db).filter(\.$name == "Masaya woodworkers' network").first()!
        try await masayaStory(db, masaya, a)
        let jaipur = try await NetworkModel.query(on: db).filter(\.$name == "Jaipur block printers' common services network").first()!
        try await assess(db, jaipur, "1999-09-20", .pilotProjects, [3, 3, 2, 3, 2, 2, 3], broker: true, evidence: "Common dyeing unit run by a rota of members.")
        var others: [String: NetworkModel] = [:]
        for (key, name, country, project, phase, formed, form, description, scores, evidence) in [
            ("senegal", "Thiès food processors' network (illustrative)", "SN", "SEN-NET", NetworkPhase.strategicPlanning, "2001-03-01", "association",
             "Networks organise the private sector from the base and strengthen its representative associations.",
             [3, 2, 2, 2, 1, 1, 3], "Members meet monthly; plan drafted."),
            ("zimbabwe", "Bulawayo metalworkers' network (illustrative)", "ZW", "ZWE-NET", .pilotProjects, "2001-05-01", "informal",
             "The network organises its members' demand for business development services so that providers upgrade them.",
             [4, 3, 3, 3, 3, 2, 4], "Joint welding course bought from a local provider."),
        ] {
            let n = try await DemoProgramme.make(NetworkModel.self, [
                "name": name, "kind": "horizontal", "country": country, "projectId": p[project]!, "phase": phase.rawValue,
                "formedOn": formed, "legalForm": form, "description": description + " " + DemoProgramme.illustrative,
            ], on: db)
            try await assess(db, n, String(Int(formed.prefix(4))! + 1) + "-02-15", phase, scores, broker: true, evidence: evidence)
            others[key] = n
        }
        let (senegal, zimbabwe) = (others["senegal"]!, others["zimbabwe"]!)
        var extra: [String: UUID] = [:]
        for (key, name, type, country) in [("sn-assoc", "Senegalese food processors' association (illustrative)", "business_association", "SN"),
                                           ("sn-ministry", "Ministry in charge of SMEs, Senegal (illustrative)", "government_agency", "SN"),
                                           ("zw-bds", "Business service provider, Bulawayo (illustrative)", "bds_provider", "ZW")] {
            extra[key] = try await DemoProgramme.make(ActorModel.self, ["kind": "institution", "name": name, "institutionType": type, "country": country], on: db).requireID()
        }
        for (network, type, actor, since) in [(senegal, "strengthens_association", extra["sn-assoc"]!, "2001-09-01"),
                                              (senegal, "feeds_policy_dialogue", extra["sn-ministry"]!, "2002-01-15"),
                                              (zimbabwe, "organises_service_demand", extra["zw-bds"]!, "2001-10-01"),
                                              (jaipur, "strengthens_association", a["CALICO"]!, "1999-01-01")] {
            try await part(db, NetworkRelationModel.self, network, ["type": type, "actorId": actor, "since": since])
        }
    }

    static func masayaStory(_ db: any Database, _ n: NetworkModel, _ a: [String: UUID]) async throws {
        try await assess(db, n, "1998-04-15", .promotion, [2, 1, 1, 1, 1, 1, 1], broker: true, evidence: "Fifteen workshops met for the first time through the broker.")
        try await decide(db, n, "1998-05-01", to: .strategicPlanning, "Fifteen woodworkers committed to working together.")
        try await part(db, BusinessPlanModel.self, n, [
            "title": "Masaya woodworkers' business plan", "objectives": ["Cheaper wood and inputs", "Reach buyers abroad"],
            "jointActivities": ["Shared input shop", "Bulk wood purchasing", "Common catalogue", "Exports of rocking chairs"],
            "budget": 18_000, "currency": "USD", "periodStart": "1998-07-01", "periodEnd": "2001-06-30", "adoptedOn": "1998-06-15",
        ]) { $0.version = 1 }
        try await decide(db, n, "1998-07-01", to: .pilotProjects, "Business plan adopted by the members.")
        let members = (1...15).map { a["masaya-\($0)"]!.uuidString }
        let shop = try await part(db, JointProjectModel.self, n, [
            "title": "Shared input shop", "scale": "pilot", "type": "input_shop", "status": "completed", "startOn": "1998-08-01", "endOn": "1999-03-31",
            "participantIds": members, "results": "Glue, varnish and tools bought for all at wholesale prices.",
        ])
        try await part(db, JointProjectModel.self, n, [
            "title": "Bulk wood purchasing", "scale": "pilot", "type": "bulk_purchasing", "status": "completed", "startOn": "1998-10-01", "endOn": "1999-06-30",
            "participantIds": members, "results": "Wood bought by the truckload for the group.",
        ])
        try await assess(db, n, "1998-12-10", .pilotProjects, [3, 2, 2, 3, 2, 2, 2], broker: true, evidence: "The input shop runs; some members buy outside it.")
        try await part(db, NetworkRulesModel.self, n, [
            "title": "Rules of the Masaya woodworkers", "adoptedOn": "1999-08-01",
            "text": "Members buy through the shop, keep the common prices and quality; a member who sells the group's orders on his own account is expelled by the assembly.",
        ]) { $0.version = 1 }
        try await decide(db, n, "1999-09-01", to: .strategicProjects, "Pilot projects completed and rules adopted.")
        let catalogue = try await part(db, JointProjectModel.self, n, [
            "title": "Common catalogue", "scale": "strategic", "type": "catalogue_or_brand", "status": "completed", "startOn": "1999-10-01", "endOn": "2000-05-31",
            "participantIds": members,
        ])
        try await part(db, JointProjectModel.self, n, [
            "title": "Exports of three rocking-chair models to the United Kingdom", "scale": "strategic", "type": "joint_export", "status": "completed",
            "startOn": "2000-03-01", "endOn": "2000-11-30", "participantIds": Array(members.prefix(12)),
            "results": "Three models of rocking chairs exported to the UK.",
        ])
        for (title, type) in [("Wood selling point", "selling_point"), ("Shared workplace", "shared_workshop")] {
            try await part(db, JointProjectModel.self, n, ["title": title, "scale": "strategic", "type": type, "status": "planned", "startOn": "2001-06-01"])
        }
        for (project, funder, kind, amount) in [(shop, "Members", "private_sector", 2_500.0), (shop, "UNIDO project", "project", 1_500.0),
                                                (catalogue, "Members", "private_sector", 1_800.0), (catalogue, "UNIDO project", "project", 2_200.0)] {
            try await part(db, ProjectContributionModel.self, n, ["jointProjectId": project, "funderName": funder, "funderKind": kind, "form": "cash",
                                                                  "pledged": amount, "paid": amount, "pledgedOn": "1998-08-01", "paidOn": "1998-09-01"])
        }
        try await assess(db, n, "1999-12-15", .strategicProjects, [4, 3, 3, 3, 3, 3, 2], broker: true, evidence: "Three members expelled for selling on their own account; the others closed ranks.")
        try await assess(db, n, "2000-12-10", .strategicProjects, [4, 4, 4, 4, 4, 4, 3], broker: true, evidence: "Exports delivered; a selling point and a shared workplace are planned.")
        let exporting = try await IndicatorModel.query(on: db).filter(\.$name == "Firms exporting").first()!.requireID()
        for (kind, on, value) in [("baseline", "1998-04-15", 0.0), ("target", "2001-06-30", 10.0), ("measurement", "2000-11-30", 12.0)] {
            try await part(db, ResultEntryModel.self, n, ["indicatorId": exporting, "kind": kind, "observedOn": on, "value": value])
        }
        // The shop's services and the fees they bring in (figures illustrative).
        let using = try await IndicatorModel.query(on: db).filter(\.$name == "Members using the network's services").first()!.requireID()
        let fees = try await IndicatorModel.query(on: db).filter(\.$name == "Service fees collected").first()!.requireID()
        for (indicator, kind, on, value, split) in [(using, "baseline", "1998-04-15", 0.0, [0.0, 0]), (using, "measurement", "1999-11-30", 12, [11, 1]),
                                                    (using, "measurement", "2000-11-30", 13, [11, 2]),
                                                    (fees, "baseline", "1998-04-15", 0, []), (fees, "measurement", "1999-11-30", 900, []),
                                                    (fees, "measurement", "2000-11-30", 1_400, [])] {
            var f: [String: Any] = ["indicatorId": indicator, "kind": kind, "observedOn": on, "value": value, "source": "Shop accounts (illustrative)"]
            if !split.isEmpty { f["breakdown"] = ["firm_size": ["micro": split[0], "small": split[1], "medium": 0.0, "large": 0.0]] }
            try await part(db, ResultEntryModel.self, n, f)
        }
        // A panel of member workshops measured at the start and at the last assessment (figures illustrative).
        let employment = try await IndicatorModel.query(on: db).filter(\.$name == "Employment").first()!.requireID()
        let panel: [(Int, (Double, Double), (Double, Double))] = [(1, (5, 1), (7, 2)), (2, (4, 0), (6, 1)), (3, (6, 2), (6, 2)), (4, (3, 1), (5, 2)),
                                                                  (5, (8, 1), (11, 3)), (6, (4, 0), (3, 0)), (7, (5, 1), (8, 2))]
        for (i, before, after) in panel {
            for (kind, on, split) in [("baseline", "1998-04-15", before), ("measurement", "2000-11-30", after)] {
                try await part(db, ResultEntryModel.self, n, ["indicatorId": employment, "kind": kind, "observedOn": on, "value": split.0 + split.1,
                                                              "actorId": a["masaya-\(i)"]!, "source": "Network broker's survey (illustrative)",
                                                              "breakdown": ["sex": ["male": split.0, "female": split.1]]])
            }
        }
    }

    @discardableResult
    static func part<C: OwnedRecord>(_ db: any Database, _ type: C.Type, _ network: NetworkModel, _ fields: [String: Any],
                                     configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> UUID {
        try await DemoProgramme.part(network, C.self, fields, on: db, configure: configure).requireID()
    }

    static func assess(_ db: any Database, _ n: NetworkModel, _ on: String, _ phase: NetworkPhase, _ scores: [Int], broker: Bool, evidence: String) async throws {
        var f: [String: Any] = ["assessedOn": on, "phase": phase.rawValue, "assessor": "Network broker (illustrative)", "dependsOnBroker": broker]
        for (i, s) in zip(NETIndicator.allCases, scores) { f[i.scoreKey] = s }
        f[NETIndicator.groupCohesion.evidenceKey] = evidence
        let errors = NETAssessmentRules.check([:].merging(f.compactMapValues { ($0 as? Int).map(FieldValue.integer) }) { a, _ in a },
                                              scale: .standard, formedOn: n.formedOn.flatMap(CalendarDate.init), dissolvedOn: nil)
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        try await part(db, NETAssessmentModel.self, n, f) { $0.scaleMin = NETScale.standard.min; $0.scaleMax = NETScale.standard.max }
    }

    static func decide(_ db: any Database, _ n: NetworkModel, _ on: String, to phase: NetworkPhase, _ reason: String) async throws {
        try await decide(db, n, on, raw: phase.rawValue, reason)
    }

    /// A decision through the same workflow and checks as a broker's (for either kind of network), on what is recorded so far.
    static func decide(_ db: any Database, _ n: NetworkModel, _ on: String, raw phase: String, _ reason: String) async throws {
        _ = try await PhaseDecision.record(["decidedOn": .text(on), "toPhase": .text(phase), "reason": .text(reason)], in: n,
                                           by: DemoProgramme.acting, today: DemoProgramme.today, on: db)
    }
}
