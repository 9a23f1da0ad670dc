import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The cases of the source document as data. Figures the text quotes are used as they are; names
/// and numbers added to make the demo complete say "illustrative" in their description.
public enum DemoProgramme {
    static let acting = Acting.system("demo loader")
    static var author: Author { acting.author }
    /// The day the demo is loaded on: its records are checked as a user's would be that day.
    @TaskLocal static var today = CalendarDate(Date())
    static let illustrative = "Illustrative demo record."

    /// Loads the demo into a database without projects; answers whether it did.
    @discardableResult
    public static func load(on db: any Database, today: CalendarDate = CalendarDate(Date())) async throws -> Bool {
        guard try await ProjectModel.query(on: db).count() == 0 else { return false }
        try await $today.withValue(today) { try await loadAll(db) }
        return true
    }

    private static func loadAll(_ db: any Database) async throws {
        try await db.transaction { tx in
            try await DemoIndicators.load(tx)
            let p = try await projects(tx)
            let a = try await actors(tx)
            let c = try await clusters(tx, projects: p)
            try await networks(tx, projects: p, clusters: c, actors: a)
            try await people(tx, actors: a)
            try await DemoClusterCycle.load(tx, clusters: c, actors: a)
            try await DemoNetworkStories.load(tx, projects: p, actors: a)
            try await DemoSupplierStories.load(tx, projects: p, actors: a)
            try await DemoClusterMap.load(tx, countryCode: "IN")
            try await DemoBrokers.load(tx, projects: p)
            try await DemoCooperation.load(tx)
            // The demo's figures are the programme's reported results, per half-year of each project's calendar.
            for figure in try await ResultEntryModel.query(on: tx).all() { try await FigureReviews.approveImported(figure, by: author, on: tx) }
            try await reportingCalendars(tx)
            _ = try await ReportingOrganisationSettings.save(["reportingOrgRef": .text("XM-DAC-41123"), "reportingOrgType": .text("40"),
                                                               "reportingOrgName": .text("United Nations Industrial Development Organization (demo)")],
                                                              by: acting, today: today, on: tx)
        }
    }

    /// Demo records go through the same workflow as a user's: a top-level record through its
    /// kind's checks and rules, anything else through its schema and the audited writer.
    @discardableResult
    static func make<M: SchemaRecord>(_ type: M.Type, _ fields: [String: Any], on db: any Database,
                                      configure: @escaping @Sendable (M) -> Void = { _ in }) async throws -> M {
        if let kind = RecordKinds.kind(of: M.self) {
            return try await RecordWorkflow(kind: kind).create(fields.mapValues(raw), by: acting, today: today, on: db)
        }
        let values = try await RecordValidation.values(M.recordSchema, fields.mapValues(raw), today: today, on: db)
        return try await RecordWriter.create(M.self, values: values, by: author, on: db, configure: configure)
    }

    /// A part of a cluster, network or project through its kind's workflow: the owner's rights, the
    /// schema, references inside the owner and the part's own rules, as for a broker's entry.
    @discardableResult
    static func part<P: SchemaRecord, C: OwnedRecord>(_ owner: P, _ type: C.Type, _ fields: [String: Any], on db: any Database,
                                                      configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> C {
        guard let kind = AppParts.kind(C.self, of: P.self) else { throw DemoFailure(description: "no kind of part \(C.schema) of \(P.schema)") }
        return try await PartWorkflow(kind: kind).create(fields.mapValues(raw), in: owner, by: acting, today: today, on: db, configure: configure)
    }

    /// Each project with figures reports by half-years, over the years its figures span.
    static func reportingCalendars(_ db: any Database) async throws {
        var span: [UUID: (CalendarDate, CalendarDate)] = [:]
        for figure in try await ResultEntryModel.query(on: db).all() {
            let owner = figure.ownerClusterId.map { ScopeRef(.cluster, $0) } ?? figure.ownerNetworkId.map { ScopeRef(.network, $0) }
            guard let owner, let project = try await ResultRules.project(of: owner, on: db), let on = CalendarDate(figure.observedOn) else { continue }
            let (first, last) = span[project] ?? (on, on)
            span[project] = (min(first, on), max(last, on))
        }
        for (id, (first, last)) in span {
            let project = try await find(ProjectModel.self, id, on: db)
            for p in ReportingCalendar.halfYears.periods(from: first, to: last) {
                try await part(project, ReportingPeriodModel.self, ["label": p.label, "startsOn": p.start.description, "endsOn": p.end.description], on: db)
            }
        }
    }

    struct DemoFailure: Error, CustomStringConvertible { let description: String }

    static func find<M: SchemaRecord>(_: M.Type, _ id: UUID, on db: any Database) async throws -> M {
        guard let record = try await M.find(id, on: db) else { throw DemoFailure(description: "no \(M.schema) \(id)") }
        return record
    }

    /// A firm joins a network through the membership rules a broker's entry meets.
    static func join(_ network: NetworkModel, _ fields: [String: Any], on db: any Database) async throws {
        _ = try await Memberships.join(fields.mapValues(raw), network: network, by: acting, today: today, on: db)
    }

    static func raw(_ v: Any) -> RawInput {
        switch v {
        case let s as String: .text(s)
        case let i as Int: .number(Double(i))
        case let d as Double: .number(d)
        case let b as Bool: .bool(b)
        case let u as UUID: .text(u.uuidString)
        case let l as [String]: .list(l.map { .text($0) })
        case let o as [String: Any]: .object(o.mapValues(raw))
        default: .null
        }
    }

    static func projects(_ db: any Database) async throws -> [String: UUID] {
        let rows: [[String: Any]] = [
            ["code": "IND-CLN", "title": "Cluster and network development in India", "countries": ["IN"], "status": "ongoing",
             "plannedStart": "1996-07-01", "plannedEnd": "2002-06-30", "dacSector": "32130",
             "actualStart": "1996-07-01", "summary": "Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.",
             "budget": 2_400_000, "currency": "USD", "funders": ["Government of Italy (illustrative)"], "counterparts": ["SIDBI"],
             "linesOfWork": ["clusters", "horizontal_networks"]],
            ["code": "NIC-CLN", "title": "SME networks, clusters and vertical linkages in Nicaragua", "countries": ["NI"], "status": "ongoing",
             "plannedStart": "1997-03-01", "plannedEnd": "2002-12-31", "dacSector": "32130",
             "actualStart": "1997-03-01", "summary": "Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.",
             "budget": 1_800_000, "currency": "USD", "counterparts": ["CADIN", "INPYME"],
             "linesOfWork": ["clusters", "horizontal_networks", "vertical_linkages"]],
            ["code": "HON-NET", "title": "Network brokers in Honduras", "countries": ["HN"], "status": "completed",
             "actualStart": "1993-01-01", "actualEnd": "1997-12-31",
             "summary": "Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.",
             "counterparts": ["CERTEC"], "linesOfWork": ["horizontal_networks"]],
            ["code": "SEN-NET", "title": "From networks to associations to policy in Senegal", "countries": ["SN"], "status": "ongoing",
             "actualStart": "2001-01-01", "summary": "Networks organise the private sector from the base and strengthen its representative associations.",
             "linesOfWork": ["horizontal_networks"]],
            ["code": "ZWE-NET", "title": "Networks and BDS upgrading in Zimbabwe", "countries": ["ZW"], "status": "ongoing",
             "actualStart": "2001-01-01", "summary": "Networks organise the demand for business development services so that providers upgrade them.", "dacSector": "25030",
             "linesOfWork": ["horizontal_networks"]],
            ["code": "MAR-CLU", "title": "Restructuring of the Fez leather cluster", "countries": ["MA", "IT"], "status": "ongoing",
             "actualStart": "2000-01-01", "summary": "Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.",
             "linesOfWork": ["clusters"]],
            ["code": "MDG-CLU", "title": "Cluster development in Madagascar", "countries": ["MG"], "status": "under_design",
             "plannedStart": "2003-01-01", "summary": "Under design; planned start illustrative.", "linesOfWork": ["clusters"], "dacSector": "32140"],
        ]
        var ids: [String: UUID] = [:]
        for row in rows { ids[row["code"] as! String] = try await make(ProjectModel.self, row, on: db).requireID() }
        return ids
    }

    static func actors(_ db: any Database) async throws -> [String: UUID] {
        let institutions: [(String, String?, String, String, String)] = [
            ("Chamber of Industry of Nicaragua", "CADIN", "chamber", "NI", "Hosts the Vertical Linkages Unit."),
            ("Centro de Recursos y Tecnología", "CERTEC", "bds_provider", "HN", "Foundation set up in 1997 by the project's former network brokers; lives on fees."),
            ("Calico Printers Co-operative Society", "CALICO", "cooperative", "IN", "Dormant artisan association revitalised; membership rose from 26 artisans to 120."),
            ("Consortium of Textile Exporters", "COTEX", "business_association", "IN", "Export consortium formed in the Jaipur cluster."),
            ("Apparel Exporters Association of Ludhiana", "APPEAL", "business_association", "IN", "Formed by a core of export-oriented knitwear producers."),
            ("Indian Institute for Rural Development", "IIRD", "ngo", "IN", "NGO increasingly acting as the cluster development agent in Jaipur."),
            ("Small Industries Development Bank of India", "SIDBI", "financial_institution", "IN", "Supported the Bagru training and a credit scheme."),
            ("National Institute of Fashion Technology", "NIFT", "university", "IN", "Introduced new products and designs in Jaipur."),
            ("Government Polytechnic for Women, Ludhiana", "GPW", "training_institute", "IN", "Hosts the training cell for women machine operators."),
            ("Department of Technical Education, Government of Punjab", nil, "government_agency", "IN", "Signed the memorandum of understanding with APPEAL."),
            ("Alianza Láctea", nil, "cooperative", "NI", "Alliance of cooperatives representing the Boaco/Chontales milk sector."),
            ("Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa", "INPYME", "government_agency", "NI", "Partner in training and technical assistance in Boaco/Chontales."),
            ("INCAE Business School", "INCAE", "university", "NI", "Member of the committee for institutional coordination."),
            ("Cámara Nicaragüense del Sector Lácteo", "CANISLAC", "chamber", "NI", "Nicaraguan Chamber of the Milk Sector."),
            ("National Metrology Laboratory", nil, "laboratory", "NI", "Provides scale calibration services in the coffee and cereals group."),
            ("United Nations Industrial Development Organization", "UNIDO", "donor", "AT", "Executes the programme."),
            ("Inter-American Development Bank", "IDB", "donor", "US", "Co-financed product diversification in Boaco/Chontales."),
        ]
        var ids: [String: UUID] = [:]
        for (name, acronym, type, country, description) in institutions {
            var row: [String: Any] = ["kind": "institution", "name": name, "institutionType": type, "country": country, "description": description]
            if let acronym { row["acronym"] = acronym }
            ids[acronym ?? name] = try await make(ActorModel.self, row, on: db).requireID()
        }
        let clients: [(String, String, Int, String)] = [
            ("Footwear manufacturer and distributor (illustrative name)", "1520", 320, "Client firm working with local shoemakers."),
            ("Rum producer (illustrative name)", "1101", 450, "Client firm teamed with plastic bottle and label suppliers."),
            ("Ice cream and yoghurt factory (illustrative name)", "1050", 280, "Client firm paired with box and refrigeration suppliers."),
            ("Coffee and cereals processor (illustrative name)", "1079", 300, "Client firm working with peanut and plastic jar suppliers."),
        ]
        for (name, sector, employees, description) in clients {
            ids[name] = try await make(ActorModel.self, ["kind": "enterprise", "name": name, "country": "NI", "location": "Managua",
                                                          "sectorCode": sector, "employees": employees, "description": description + " " + illustrative], on: db).requireID()
        }
        for i in 1...16 {
            let employees = [3, 4, 6, 8, 5, 12, 7, 9, 4, 15, 6, 5, 11, 8, 3, 7][i - 1]
            ids["masaya-\(i)"] = try await make(ActorModel.self, [
                "kind": "enterprise", "name": "Masaya woodworking workshop \(i)", "country": "NI", "location": "Masaya",
                "latitude": 11.97, "longitude": -86.09, "sectorCode": "3100", "products": ["rocking chairs", "furniture"],
                "employees": employees, "description": illustrative,
            ], on: db).requireID()
        }
        return ids
    }

    static func clusters(_ db: any Database, projects p: [String: UUID]) async throws -> [String: UUID] {
        let rows: [[String: Any]] = [
            ["name": "Pune food processing", "country": "IN", "place": "Pune, Maharashtra", "latitude": 18.52, "longitude": 73.86,
             "sector": "Food processing", "products": ["processed foods"], "projectId": p["IND-CLN"]!, "stage": "selection",
             "description": "Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre."],
            ["name": "Bagru and Sanganer block printing", "country": "IN", "place": "Bagru and Sanganer, Jaipur, Rajasthan", "latitude": 26.81, "longitude": 75.55,
             "sector": "Textile hand-block printing", "products": ["hand-block printed textiles"], "estimatedFirms": 350, "employment": 10000,
             "projectId": p["IND-CLN"]!, "stage": "selection",
             "description": "About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans' sons."],
            ["name": "Ludhiana knitwear", "country": "IN", "place": "Ludhiana, Punjab", "latitude": 30.90, "longitude": 75.85,
             "sector": "Woollen knitwear", "products": ["woollen knitwear"], "estimatedFirms": 10000, "projectId": p["IND-CLN"]!, "stage": "selection",
             "description": "Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%."],
            ["name": "Boaco and Chontales milk and cheese", "country": "NI", "place": "Boaco and Chontales", "latitude": 12.47, "longitude": -85.66,
             "sector": "Dairy", "products": ["milk", "cheese"], "projectId": p["NIC-CLN"]!, "stage": "selection",
             "description": "Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC."],
            ["name": "Fez leather", "country": "MA", "place": "Fez", "latitude": 34.03, "longitude": -5.00,
             "sector": "Leather", "products": ["finished leather", "leather goods"], "projectId": p["MAR-CLU"]!, "stage": "selection",
             "description": "Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy."],
            ["name": "Tirupur hosiery", "country": "IN", "place": "Tirupur, Tamil Nadu", "latitude": 11.11, "longitude": 77.34,
             "sector": "Cotton hosiery", "products": ["cotton hosiery"], "estimatedFirms": 7000, "exportsUsd": 650_000_000, "stage": "selection",
             "description": "Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site."],
        ]
        var ids: [String: UUID] = [:]
        for row in rows { ids[row["name"] as! String] = try await make(ClusterModel.self, row, on: db).requireID() }
        return ids
    }

    static func networks(_ db: any Database, projects p: [String: UUID], clusters c: [String: UUID], actors a: [String: UUID]) async throws {
        let masaya = try await make(NetworkModel.self, [
            "name": "Masaya woodworkers' network", "kind": "horizontal", "country": "NI", "projectId": p["NIC-CLN"]!,
            "phase": "promotion", "formedOn": "1998-03-01", "legalForm": "informal",
            "description": "Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.",
        ], on: db)
        for i in 1...15 {
            var m: [String: Any] = ["actorId": a["masaya-\(i)"]!, "role": i == 1 ? "coordinator" : "member", "joinedOn": "1998-03-01"]
            if [4, 9, 13].contains(i) {
                m["leftOn"] = "1999-11-15"; m["leavingReason"] = "expelled_opportunistic"
            }
            try await join(masaya, m, on: db)
        }
        try await join(masaya, ["actorId": a["masaya-16"]!, "role": "member", "joinedOn": "2000-09-01",
                                "notes": "Joined after the group's rules were established."], on: db)
        try await make(NetworkModel.self, [
            "name": "Jaipur block printers' common services network", "kind": "horizontal", "country": "IN",
            "clusterId": c["Bagru and Sanganer block printing"]!, "projectId": p["IND-CLN"]!, "phase": "pilot_projects", "formedOn": "1998-11-01", "legalForm": "informal",
            "description": "One of several networks promoted in the Jaipur cluster to provide common services to their members. " + illustrative,
        ], on: db)
        let linkage = try await make(NetworkModel.self, [
            "name": "Coffee and cereals supplier network", "kind": "vertical", "country": "NI", "projectId": p["NIC-CLN"]!,
            "phase": "supplier_evaluation", "formedOn": "1999-06-01",
            "description": "A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.",
        ], on: db)
        try await join(linkage, ["actorId": a["Coffee and cereals processor (illustrative name)"]!, "role": "client", "joinedOn": "1999-06-01"], on: db)
        try await join(linkage, ["actorId": a["National Metrology Laboratory"]!, "role": "service_provider", "joinedOn": "1999-06-01"], on: db)
    }

    static func people(_ db: any Database, actors a: [String: UUID]) async throws {
        try await make(PersonModel.self, ["name": "Cluster broker, Jaipur (illustrative)", "organisationId": a["IIRD"]!, "role": "Cluster development agent", "sex": "female"], on: db)
        try await make(PersonModel.self, ["name": "Executive director, CERTEC (illustrative)", "organisationId": a["CERTEC"]!, "role": "Former network broker", "sex": "male"], on: db)
        try await make(PersonModel.self, ["name": "Linkage broker, CADIN (illustrative)", "organisationId": a["CADIN"]!, "role": "Vertical Linkages Unit", "sex": "female"], on: db)
    }
}
