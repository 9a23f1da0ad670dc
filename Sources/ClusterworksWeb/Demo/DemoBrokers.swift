import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// Brokers and their succession from the source document: the Honduran network brokers who
/// founded CERTEC and live on its fees; the cluster broker course (two weeks in class, six in the
/// field) run in India; the Boaco foundation's field worker, paid less by the project each year.
/// Names, dates and amounts the text does not give are illustrative.
enum DemoBrokers {
    typealias Ids = [String: UUID]

    static func load(_ db: any Database, projects p: Ids) async throws {
        let actor = { (name: String) async throws -> UUID in try await Self.actor(name, db) }
        let project = { (code: String) -> UUID in p[code]! }
        // Honduras: a network of the project, its brokers, then CERTEC.
        let hondurasNetwork = try await DemoProgramme.make(NetworkModel.self, [
            "name": "Furniture makers' network, Tegucigalpa (illustrative)", "kind": "horizontal", "country": "HN", "projectId": project("HON-NET"),
            "phase": "strategic_projects", "formedOn": "1994-05-01", "description": "One of the networks the Honduran brokers promoted. " + DemoProgramme.illustrative,
        ], on: db).requireID()
        let certec = try await actor("CERTEC")
        for (name, sex, since) in [("Executive director, CERTEC (illustrative)", "male", "1993-03-01"), ("Network broker, CERTEC (illustrative)", "female", "1994-01-01")] {
            let person = try await personId(name, sex: sex, organisation: certec, db)
            let broker = try await make(BrokerModel.self, ["personId": person, "kind": "network", "status": "active", "country": "HN",
                                                           "note": "A former national consultant of the project, now staff of CERTEC."], db)
            try await make(BrokerEmploymentModel.self, ["brokerId": broker, "employerKind": "project", "projectId": project("HON-NET"), "role": "National consultant",
                                                         "fromOn": since, "toOn": "1997-06-30", "monthlyCost": 1_200.0], db)
            try await make(BrokerEmploymentModel.self, ["brokerId": broker, "employerKind": "institution", "institutionId": certec, "role": "Broker, paid from fees",
                                                         "fromOn": "1997-07-01", "monthlyCost": 1_200.0], db)
            try await make(BrokerAssignmentModel.self, ["brokerId": broker, "networkId": hondurasNetwork, "fromOn": "1994-05-01", "toOn": "1997-12-31", "timeShare": 60], db)
        }
        try await indiaCourse(db, project: project("IND-CLN"))
        try await boacoFieldWorker(db)
    }

    /// The cluster broker course as run in India in 1999: two trainees certified, one not yet.
    static func indiaCourse(_ db: any Database, project: UUID) async throws {
        let modules = ["Cluster diagnostic", "Trust building", "Vision and action plan", "Cost sharing and governance", "Monitoring and impact assessment", "Supervised fieldwork in a cluster"]
        let course = try await make(CourseModel.self, [
            "title": "Cluster broker course", "kind": "mixed", "brokerKind": "cluster", "hours": 320, "modules": modules, "attendanceThreshold": 80,
            "certifyingBody": "UNIDO cluster development programme (illustrative)",
            "description": "The cluster methodology as a course: two weeks of class training and six weeks of supervised fieldwork, with a manual, readings and videos.",
        ], db)
        let cohort = try await make(CohortModel.self, [
            "courseId": course, "name": "Cluster broker course, India 1999", "startsOn": "1999-01-11", "endsOn": "1999-03-05", "place": "New Delhi, then the clusters",
            "country": "IN", "trainers": ["UNIDO cluster expert (illustrative)", "IIRD trainer (illustrative)"], "hostInstitutionId": try await actor("IIRD", db),
        ], db)
        let bagru = try await clusterId("Bagru and Sanganer block printing", db), ludhiana = try await clusterId("Ludhiana knitwear", db)
        let pune = try await clusterId("Pune food processing", db)
        let jaipurBroker = try await PersonModel.query(on: db).filter(\.$name == "Cluster broker, Jaipur (illustrative)").first()!.requireID()
        let ludhianaBroker = try await personId("Cluster broker, Ludhiana (illustrative)", sex: "male", organisation: try await actor("APPEAL", db), db)
        let trainee = try await personId("Trainee from a state agency, Pune (illustrative)", sex: "female", organisation: nil, db)
        for (person, field, attended, certified) in [(jaipurBroker, bagru, modules, true), (ludhianaBroker, ludhiana, modules.dropLast(1) + [modules.last!], true),
                                                     (trainee, pune, Array(modules.prefix(4)), false)] {
            var f: [String: Any] = ["cohortId": cohort, "personId": person, "attendedModules": Array(attended), "fieldClusterId": field,
                                    "assessment": certified ? "passed" : "pending", "certification": certified ? "certified" : "not_yet"]
            if certified { f["certifiedOn"] = "1999-03-19"; f["certifyingBody"] = "UNIDO cluster development programme (illustrative)" }
            try await make(CohortParticipantModel.self, f, db)
        }
        // Where the two certified brokers went: with the project, then (Jaipur) with IIRD, the NGO taking the function over.
        let jaipur = try await make(BrokerModel.self, ["personId": jaipurBroker, "kind": "cluster", "status": "active", "country": "IN"], db)
        try await make(BrokerEmploymentModel.self, ["brokerId": jaipur, "employerKind": "project", "projectId": project, "fromOn": "1999-04-01", "toOn": "2001-12-31", "monthlyCost": 900.0], db)
        try await make(BrokerEmploymentModel.self, ["brokerId": jaipur, "employerKind": "institution", "institutionId": try await actor("IIRD", db),
                                                     "role": "Cluster development agent", "fromOn": "2002-01-01", "monthlyCost": 900.0], db)
        try await make(BrokerAssignmentModel.self, ["brokerId": jaipur, "clusterId": bagru, "fromOn": "1999-04-01", "timeShare": 100], db)
        let ludhianaB = try await make(BrokerModel.self, ["personId": ludhianaBroker, "kind": "cluster", "status": "active", "country": "IN"], db)
        try await make(BrokerEmploymentModel.self, ["brokerId": ludhianaB, "employerKind": "project", "projectId": project, "fromOn": "1999-04-01", "monthlyCost": 850.0], db)
        try await make(BrokerAssignmentModel.self, ["brokerId": ludhianaB, "clusterId": ludhiana, "fromOn": "1999-04-01", "timeShare": 60], db)
        try await make(BrokerAssignmentModel.self, ["brokerId": ludhianaB, "clusterId": pune, "fromOn": "1999-04-01", "toOn": "2000-12-31", "timeShare": 40], db)
    }

    /// Boaco: the foundation's field worker, whose salary the project shares on the cluster's schedule.
    static func boacoFieldWorker(_ db: any Database) async throws {
        let foundation = try await actorNamed("Local development foundation, Boaco (illustrative)", db)
        let person = try await personId("Field worker of the foundation, Boaco (illustrative)", sex: "female", organisation: foundation, db)
        let broker = try await make(BrokerModel.self, ["personId": person, "kind": "cluster", "status": "active", "country": "NI",
                                                       "note": "Trained at the joint learning programme in Chile and on the job by project consultants."], db)
        try await make(BrokerEmploymentModel.self, ["brokerId": broker, "employerKind": "institution", "institutionId": foundation, "role": "Field worker",
                                                     "fromOn": "1999-09-01", "monthlyCost": 700.0], db)
        try await make(BrokerAssignmentModel.self, ["brokerId": broker, "clusterId": try await clusterId("Boaco and Chontales milk and cheese", db),
                                                     "fromOn": "1999-09-01", "timeShare": 100], db)
    }

    @discardableResult
    static func make<M: SchemaRecord>(_ type: M.Type, _ fields: [String: Any], _ db: any Database) async throws -> UUID {
        try await DemoProgramme.make(type, fields, on: db).requireID()
    }

    static func personId(_ name: String, sex: String, organisation: UUID?, _ db: any Database) async throws -> UUID {
        if let found = try await PersonModel.query(on: db).filter(\.$name == name).first() { return try found.requireID() }
        var f: [String: Any] = ["name": name, "sex": sex]
        if let organisation { f["organisationId"] = organisation }
        return try await make(PersonModel.self, f, db)
    }

    static func actor(_ acronym: String, _ db: any Database) async throws -> UUID {
        guard let a = try await ActorModel.query(on: db).filter(\.$acronym == acronym).first() else { throw DemoProgramme.DemoFailure(description: "no actor \(acronym)") }
        return try a.requireID()
    }

    static func actorNamed(_ name: String, _ db: any Database) async throws -> UUID {
        guard let a = try await ActorModel.query(on: db).filter(\.$name == name).first() else { throw DemoProgramme.DemoFailure(description: "no actor \(name)") }
        return try a.requireID()
    }

    static func clusterId(_ name: String, _ db: any Database) async throws -> UUID {
        guard let c = try await ClusterModel.query(on: db).filter(\.$name == name).first() else { throw DemoProgramme.DemoFailure(description: "no cluster \(name)") }
        return try c.requireID()
    }
}
