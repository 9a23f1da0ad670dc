import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

extension DemoClusterCycle {
    /// Pune: entrepreneurs blamed the Food Adulteration Act; institutions blamed the firms' neglect
    /// of product safety. Dialogue turned the demand into an information point, an umbrella body
    /// and a technical centre.
    static func pune(_ x: Context, _ c: UUID) async throws {
        let d = try await x.diagnostic(c, [
            "title": "Pune food processing cluster diagnostic", "startedOn": "1998-01-15",
            "productionSystem": "Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders.",
            "institutionalSystem": "Representation fragmented among many small associations; no dialogue with the federal food regulator.",
            "weaknesses": ["Little use of existing testing facilities", "Fragmented associations"],
            "opportunities": ["Growing demand for packaged foods"], "threats": ["Audits under the Food Adulteration Act"],
            "findings": "The groups see the same problem differently; dialogue must come first.",
        ], validatedOn: "1998-09-30", by: "Validation meeting with entrepreneurs, the testing laboratory and the food administration")
        for (theme, group, severity, statement) in [
            ("Food safety regulation", "entrepreneurs", "major", "The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits."),
            ("Food safety regulation", "support_institutions", "not_a_problem", "The law is sound; entrepreneurs do not value product safety and rely on traditional practices."),
            ("Food safety regulation", "government", "not_a_problem", "Regulations protect consumers; producers must comply."),
            ("Knowledge of the law", "entrepreneurs", "major", "We cannot keep up with the continuous amendments of the law."),
            ("Knowledge of the law", "support_institutions", "major", "Producers ignore the rules they must meet."),
            ("Testing facilities", "entrepreneurs", "major", "There are no reliable and independent testing facilities to monitor our compliance."),
            ("Testing facilities", "support_institutions", "minor", "Modern testing equipment exists but producers do not use it."),
            ("Representation", "entrepreneurs", "major", "Our associations are too fragmented to talk to the regulator in New Delhi."),
        ] {
            try await x.part(PerceptionModel.self, c, ["diagnosticId": d, "theme": theme, "stakeholderGroup": group, "severity": severity, "statement": statement])
        }
        for (i, (name, bottleneck)) in [("Procurement of produce", "Quality of raw material not tested"), ("Processing", "Traditional practices, little hygiene control"),
                                         ("Testing", "Existing laboratories unused"), ("Marketing", "Fear of audits keeps firms small")].enumerated() {
            try await x.part(ChainStageModel.self, c, ["diagnosticId": d, "position": i + 1, "name": name, "bottlenecks": [bottleneck]])
        }
        try await x.event(c, "bilateral_meeting", "Interviews with food processors", "1998-03-10", actors: ["pune-firm"], men: 6, entrepreneurs: 6)
        try await x.event(c, "bilateral_meeting", "Meeting with the testing laboratory", "1998-04-02", actors: ["pune-lab"], men: 2)
        try await x.event(c, "group_meeting", "Entrepreneurs meet the food administration", "1998-07-20",
                          actors: ["pune-firm", "pune-assoc", "pune-fda", "pune-lab"], women: 4, men: 21, entrepreneurs: 18,
                          outcomes: "Entrepreneurs admit they do not know the law; demand for an information point.")
        let validation = try await x.event(c, "validation_meeting", "Validation of the diagnostic", "1998-09-30", actors: ["pune-assoc", "pune-fda", "pune-lab"],
                                           women: 5, men: 30, outcomes: "Umbrella organisation and technical centre put forward.")
        await x.validated(d, at: validation)
        try await x.tie(c, "pune-assoc", "cooperates_with", "pune-fda", "missing", "1998-02-01")
        try await x.tie(c, "pune-lab", "service_provider_to", "pune-firm", "to_strengthen", "1998-02-01")
        try await x.tie(c, "pune-firm", "member_of", "pune-assoc", "existing", "1998-02-01")
        try await x.tie(c, "pune-assoc", "cooperates_with", "pune-fda", "to_strengthen", "1998-09-30")
    }

    /// Bagru: a failed attempt twenty years before; the broker turned to the artisans' sons, and
    /// their parents, who had refused, began to come. CALICO grew from 26 artisans to 120.
    static func bagru(_ x: Context, _ c: UUID) async throws {
        let d = try await x.diagnostic(c, [
            "title": "Jaipur block printing cluster diagnostic", "startedOn": "1997-02-01",
            "productionSystem": "About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes.",
            "background": "Twenty years of bitter competition among block printers.",
            "earlierCooperation": "An attempt to cooperate failed some twenty years before; no move since.",
            "strengths": ["Long tradition of hand-block printing", "Natural dyes"], "threats": ["Screen printers copying designs at lower cost"],
            "opportunities": ["Worldwide appreciation for ethnic design and eco-friendly dyes"],
            "findings": "Unexploited capacity to target profitable national and world markets; marketing skills lacking.",
        ], validatedOn: "1997-08-20", by: "Validation meeting with artisans, CALICO and support agencies")
        try await x.figure(c, "Association membership", "baseline", "1997-08-20", 26, actor: "CALICO", source: "Diagnostic study", diagnostic: d)
        try await x.figure(c, "Association membership", "target", "2001-12-31", 100, actor: "CALICO")
        try await x.figure(c, "Association membership", "measurement", "2001-06-30", 120, actor: "CALICO", source: "CALICO register")
        try await x.event(c, "group_meeting", "Introductory meeting of block printers", "1997-10-15", actors: ["bagru-1", "bagru-2"], men: 4, entrepreneurs: 4,
                          outcomes: "Most firms declined to attend; those who came were hostile.")
        try await x.event(c, "bilateral_meeting", "One-to-one interviews with young artisans", "1998-01-20", actors: ["bagru-3", "bagru-4", "bagru-5"], men: 12, entrepreneurs: 12)
        try await x.event(c, "training", "Market-orientation training for 23 young artisans", "1998-03-02", actors: ["bagru-3", "bagru-4", "bagru-5", "IIRD", "SIDBI"],
                          men: 23, entrepreneurs: 23, outcomes: "Average age 21; marketing promotion, quality testing, product development, advertising, distribution.")
        try await x.event(c, "study_tour", "Study tour to Delhi showrooms and Jaipur trading houses", "1998-04-10", actors: ["bagru-3", "bagru-4", "bagru-5"], men: 23, entrepreneurs: 23)
        try await x.event(c, "group_meeting", "Artisans' meeting: parents attend", "1998-07-15",
                          actors: ["bagru-1", "bagru-2", "bagru-3", "bagru-4", "bagru-5", "bagru-6", "bagru-7", "bagru-8", "CALICO"], women: 6, men: 38, entrepreneurs: 40,
                          outcomes: "Parents who had declined earlier now take part.")
        try await x.event(c, "trade_fair", "Joint stand at a national handicrafts fair", "1999-02-05", actors: ["CALICO", "COTEX", "bagru-6", "bagru-7"], women: 3, men: 9)
        try await x.tie(c, "bagru-1", "in_conflict_with", "bagru-2", "existing", "1997-05-01")
        try await x.tie(c, "bagru-1", "member_of", "CALICO", "missing", "1997-05-01")
        try await x.tie(c, "SIDBI", "service_provider_to", "bagru-3", "missing", "1997-05-01")
        try await x.tie(c, "bagru-1", "member_of", "CALICO", "existing", "2000-06-01")
        try await x.tie(c, "SIDBI", "service_provider_to", "bagru-3", "existing", "2000-06-01")
        try await x.tie(c, "bagru-1", "cooperates_with", "bagru-2", "to_strengthen", "2000-06-01")
        // After the showroom: printers work for finishing units, which sell through the export consortium.
        for (from, type, to) in [("bagru-3", "supplier_of", "bagru-6"), ("bagru-4", "supplier_of", "bagru-6"), ("bagru-5", "supplier_of", "bagru-7"),
                                 ("bagru-3", "cooperates_with", "bagru-4"), ("bagru-6", "supplier_of", "COTEX"), ("bagru-7", "supplier_of", "COTEX"),
                                 ("bagru-8", "cooperates_with", "bagru-6"), ("NIFT", "service_provider_to", "bagru-6"), ("bagru-2", "member_of", "CALICO")] {
            try await x.tie(c, from, type, to, "existing", "2000-06-01")
        }
        let stages = [("Dyeing and hand-block printing", ["bagru-1", "bagru-2", "bagru-3", "bagru-4", "bagru-5"], "Screen printers copy designs at lower cost"),
                      ("Finishing and tailoring", ["bagru-6", "bagru-7", "bagru-8"], "Few units finish to export quality"),
                      ("Marketing and export", ["COTEX"], "No direct access to buyers abroad")]
        for (i, (name, actors, bottleneck)) in stages.enumerated() {
            try await x.part(ChainStageModel.self, c, ["diagnosticId": d, "position": i + 1, "name": name, "actorIds": actors.map { x[$0].uuidString },
                                                       "bottlenecks": [bottleneck]])
        }
        try await x.plan(c, vision: "Revalue the traditional form of production and improve the living standards of the artisans.",
                         objectives: ["Reach profitable markets", "An autonomous governance framework"], adoptedOn: "1998-10-01")
        let showroom = try await x.action(c, "Common showroom", objective: "Reach profitable markets", type: "joint_marketing", lead: "CALICO",
                                          start: "1999-01-01", end: "1999-12-31", status: "done", percent: 100, achieved: "A common showroom opened.")
        try await x.action(c, "New products and designs with NIFT", objective: "Reach profitable markets", type: "technical_assistance", lead: "NIFT",
                           start: "1999-03-01", end: "2000-12-31", status: "done", percent: 100)
        try await x.action(c, "Credit scheme", objective: "Reach profitable markets", type: "finance", lead: "SIDBI", start: "1999-06-01", end: "2001-06-30", status: "in_progress", percent: 60)
        try await x.action(c, "Revitalise CALICO", objective: "An autonomous governance framework", type: "institutional_capacity", lead: "CALICO", partners: ["IIRD"],
                           start: "1998-10-01", end: "2001-06-30", status: "done", percent: 100, achieved: "Membership from 26 to 120; COTEX formed.")
        try await x.contribution(c, showroom, "CALICO members", "private_sector", 8_000, paid: 8_000, on: "1999-01-15")
        try await x.contribution(c, showroom, "UNIDO project", "project", 4_000, paid: 4_000, on: "1999-01-15")
        try await x.part(HandoverPlanModel.self, c, ["institutionId": x["IIRD"], "agreedOn": "2000-01-15", "takeoverOn": "2002-01-01",
                                                      "governance": "CALICO and COTEX with IIRD as cluster development agent."])
    }

    /// Boaco/Chontales: a committee for institutional coordination, a participatory action plan on
    /// cheese quality, diversification and environment, and its results; a local foundation takes over.
    static func boaco(_ x: Context, _ c: UUID) async throws {
        let d = try await x.diagnostic(c, [
            "title": "Boaco and Chontales milk and cheese diagnostic", "startedOn": "1997-05-01",
            "productionSystem": "Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers.",
            "institutionalSystem": "Many institutions (INPYME, INCAE, ministries, IDR) without coordination.",
            "findings": "Bottlenecks at every stage of the chain; quality and hygiene limit access to markets.",
        ], validatedOn: "1997-11-20", by: "Committee for institutional coordination")
        for (i, (name, b)) in [("Milk production", "Irregular supply"), ("Milk collection", "No cooling, milk spoils"),
                               ("Cheese processing", "Poor hygiene, low yields, untreated waste water"), ("Retail", "Few cheese types, no norms")].enumerated() {
            try await x.part(ChainStageModel.self, c, ["diagnosticId": d, "position": i + 1, "name": name, "bottlenecks": [b]])
        }
        try await x.figure(c, "Average milk-to-cheese yield", "baseline", "1997-11-20", 10, actor: "boaco-firm", source: "Diagnostic study (illustrative value)", diagnostic: d)
        try await x.figure(c, "Average milk-to-cheese yield", "target", "2001-12-31", 12, actor: "boaco-firm")
        try await x.figure(c, "Average milk-to-cheese yield", "measurement", "2000-12-31", 12.5, actor: "boaco-firm", source: "+25 % as reported")
        try await x.figure(c, "Waste-water pollution load", "baseline", "1997-11-20", 1000, source: "Diagnostic study (illustrative value)", diagnostic: d)
        try await x.figure(c, "Waste-water pollution load", "target", "2001-12-31", 400)
        try await x.figure(c, "Waste-water pollution load", "measurement", "2000-12-31", 300, source: "Reduced up to 70 %")
        try await x.figure(c, "New products launched", "baseline", "1997-11-20", 0, diagnostic: d)
        try await x.figure(c, "New products launched", "target", "2000-12-31", 4)
        try await x.figure(c, "New products launched", "measurement", "2000-12-31", 5, source: "Five new types launched")
        try await x.event(c, "group_meeting", "Committee for institutional coordination", "1997-09-10", actors: ["INPYME", "INCAE"], women: 3, men: 9)
        try await x.event(c, "workshop", "Benchmarking with Latin American and Dutch dairy clusters", "1998-02-12", actors: ["INPYME", "INCAE", "boaco-coop", "boaco-firm"], women: 8, men: 27, entrepreneurs: 20)
        try await x.event(c, "training", "Hygiene and yield training for cheese makers", "1998-06-08", actors: ["boaco-firm", "boaco-coop", "INPYME"], women: 12, men: 18, entrepreneurs: 30)
        try await x.tie(c, "boaco-firm", "buyer_of", "boaco-coop", "to_strengthen", "1997-06-01")
        try await x.tie(c, "National Metrology Laboratory", "service_provider_to", "boaco-firm", "missing", "1997-06-01")
        try await x.tie(c, "boaco-coop", "member_of", "Alianza Láctea", "missing", "1997-06-01")
        try await x.tie(c, "boaco-firm", "buyer_of", "boaco-coop", "existing", "2000-06-01")
        try await x.tie(c, "boaco-coop", "member_of", "Alianza Láctea", "existing", "2000-06-01")
        try await x.plan(c, vision: "A cluster known for safe, varied cheese made without harming its rivers.",
                         objectives: ["Quality of cheese", "Diversification", "Environment", "Organisation"], adoptedOn: "1998-03-01")
        let norms = try await x.action(c, "Technical norms for fresh milk and milk products", objective: "Quality of cheese", type: "quality_standards", lead: "INPYME",
                                       start: "1998-03-01", end: "1999-06-30", status: "in_progress", percent: 60)
        let diversify = try await x.action(c, "Product diversification", objective: "Diversification", type: "technical_assistance", lead: "INPYME", partners: ["IDB"],
                                           start: "1998-06-01", end: "2000-12-31", status: "in_progress", percent: 40)
        try await x.action(c, "Waste-water treatment and relocation study", objective: "Environment", type: "infrastructure", lead: "boaco-coop",
                           start: "1999-01-01", end: "2001-06-30", status: "planned")
        try await x.action(c, "Cooperative for milk supply and joint purchasing", objective: "Organisation", type: "institutional_capacity", lead: "boaco-coop",
                           start: "1998-09-01", end: "1999-12-31", status: "done", percent: 100)
        try await x.contribution(c, diversify, "Inter-American Development Bank", "project", 30_000, paid: 30_000, on: "1998-06-01")
        try await x.contribution(c, norms, "Ministry of Health", "government", 10_000, paid: 6_000, on: "1998-03-15")
        try await x.contribution(c, norms, "Cheese makers", "private_sector", 5_000, paid: 5_000, on: "1998-03-15", inKind: true)
        let actions = try await ActionModel.owned(by: .cluster, c, on: x.db).all()
        let progress = [ActionProgress(actionId: norms, status: .done, percentComplete: 100, note: "Norms diffused with four ministries"),
                        ActionProgress(actionId: diversify, status: .inProgress, percentComplete: 80, note: "Three new types on the market")]
        let plan = try await ActionPlanModel.owned(by: .cluster, c, on: x.db).first()!
        let snapshot = PlanSnapshot(version: 1, vision: plan.vision, objectives: plan.objectives.split(separator: "\n").map(String.init),
                                    actions: PlanReviewRules.apply(progress, to: actions.compactMap(\.snapshot)))
        try await x.part(PlanReviewModel.self, c, ["reviewedOn": "1999-07-15", "checked": "Norms done; diversification ahead of plan; waste water not started.",
                                                    "learned": "Ministries act together when the committee sets the agenda.",
                                                    "changes": "Start the waste-water study with the cooperative; add a second diversification round."]) {
            $0.version = 1; try? $0.store(progress: progress, snapshot: snapshot)
        }
        for action in actions {
            guard let p = progress.first(where: { $0.actionId == action.id }) else { continue }
            action.actionStatus = p.status; action.percentComplete = p.percentComplete
            try await action.update(on: x.db)
        }
        plan.version = 2
        try await plan.update(on: x.db)
        try await x.part(HandoverPlanModel.self, c, ["institutionId": x["boaco-foundation"], "agreedOn": "1999-09-01", "takeoverOn": "2002-01-01",
                                                      "brokerName": "Field worker of the foundation (illustrative)",
                                                      "governance": "Alianza Láctea progressively leads the cluster's governance."])
        for (item, met, on) in [("Executive director and field worker trained at the Joint Learning Programme in Chile", true, "2000-03-01"),
                                ("Field worker trained on the job by project consultants", true, "2000-12-01"),
                                ("Foundation budget covers the field worker's full salary", false, "")] {
            var f: [String: Any] = ["item": item, "met": met]
            if met { f["metOn"] = on }
            try await x.part(ReadinessItemModel.self, c, f)
        }
        for (from, project, institution) in [("1999-09-01", 100.0, 0.0), ("2000-09-01", 60.0, 40.0), ("2002-01-01", 0.0, 100.0)] {
            try await x.part(BrokerCostStepModel.self, c, ["fromOn": from, "projectShare": project, "institutionShare": institution])
        }
    }

    /// Ludhiana: APPEAL and the Department of Technical Education set up a training cell at the
    /// Government Polytechnic for Women; 110 women trained, 80 % employed; costs shared 20/74/6.
    static func ludhiana(_ x: Context, _ c: UUID) async throws {
        try await x.diagnostic(c, [
            "title": "Ludhiana knitwear cluster diagnostic", "startedOn": "1997-04-01",
            "productionSystem": "Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear.",
            "threats": ["Liberalisation and cheaper goods from Nepal and China"],
            "opportunities": ["Higher segments of the domestic market", "Exports"],
            "weaknesses": ["Workers' skills", "Finishing technology", "Few skilled women workers"],
        ], validatedOn: "1997-10-10", by: "Cluster stakeholders' meeting")
        try await x.event(c, "group_meeting", "APPEAL meets the Department of Technical Education", "1998-11-05",
                          actors: ["APPEAL", "Department of Technical Education, Government of Punjab"], women: 2, men: 8,
                          outcomes: "Memorandum of understanding for a training cell at GPW.")
        try await x.event(c, "training", "First training batch at GPW", "1999-09-01", actors: ["GPW", "APPEAL", "ludhiana-ngo"], women: 20, outcomes: "Three months, theory and practice.")
        try await x.tie(c, "APPEAL", "cooperates_with", "Department of Technical Education, Government of Punjab", "missing", "1998-01-01")
        try await x.tie(c, "APPEAL", "cooperates_with", "Department of Technical Education, Government of Punjab", "existing", "1999-01-01")
        try await x.tie(c, "GPW", "service_provider_to", "APPEAL", "existing", "1999-09-01")
        try await x.plan(c, vision: "Move the cluster to higher market segments and exports through skills and technology.",
                         objectives: ["Skilled workforce", "Exports"], adoptedOn: "1998-06-01")
        let cell = try await x.action(c, "Training cell for women machine operators at GPW", objective: "Skilled workforce", type: "training", lead: "APPEAL",
                                      partners: ["GPW", "ludhiana-ngo", "dst"], start: "1999-09-01", end: "2000-09-30", status: "done", percent: 100,
                                      achieved: "7 batches; more than 110 women trained; 80 % employed in the cluster.")
        try await x.action(c, "Visits to foreign fairs", objective: "Exports", type: "joint_marketing", lead: "APPEAL", start: "1998-09-01", end: "2000-12-31", status: "done", percent: 100)
        // The text gives the shares (20/74/6) and the TNC's equipment (over 16,000 USD); the other amounts are scaled to them.
        try await x.contribution(c, cell, "UNIDO project", "project", 20_000, paid: 20_000, on: "1999-06-01")
        try await x.contribution(c, cell, "APPEAL members (syllabus and machinery)", "private_sector", 58_000, paid: 58_000, on: "1999-06-01", inKind: true)
        try await x.contribution(c, cell, "Japanese machinery company", "private_sector", 16_000, paid: 16_000, on: "1999-06-01", inKind: true)
        try await x.contribution(c, cell, "GPW and local NGO", "institutions", 6_000, paid: 6_000, on: "1999-06-01", inKind: true)
        try await x.figure(c, "Women trained", "baseline", "1999-08-31", 0)
        try await x.figure(c, "Women trained", "target", "2000-09-30", 100)
        try await x.figure(c, "Women trained", "measurement", "2000-09-30", 110, source: "GPW records, 7 batches (split by age illustrative)",
                           breakdown: ["age_group": ["youth": 81, "adults": 29, "older": 0]])
        try await x.figure(c, "Trainees employed", "baseline", "1999-08-31", 0)
        try await x.figure(c, "Trainees employed", "target", "2000-09-30", 70, ratio: (70, 100))
        try await x.figure(c, "Trainees employed", "measurement", "2000-09-30", 80, source: "Found immediate employment in the cluster (88 of 110)",
                           ratio: (88, 110))
    }
}
