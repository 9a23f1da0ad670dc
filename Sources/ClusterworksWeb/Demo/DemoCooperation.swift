import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Foundation

/// Cluster-to-cluster cooperation and joint learning from the source document: Fez leather with
/// Santa Croce sull'Arno (exchanges of technological information, a training programme on leather
/// finishing, training in Italy for Moroccan BDS institutions); a week on Italian industrial
/// districts and one on Chilean networking, with brokers and institutions from the programme's
/// countries and the ideas they took home. Dates, costs and names are illustrative.
enum DemoCooperation {
    static func load(_ db: any Database) async throws {
        try await fezAndSantaCroce(db)
        try await learning(db)
    }

    static func fezAndSantaCroce(_ db: any Database) async throws {
        let santaCroce = try await DemoBrokers.make(ClusterModel.self, [
            "name": "Santa Croce sull'Arno leather", "country": "IT", "place": "Santa Croce sull'Arno, Tuscany", "latitude": 43.71, "longitude": 10.78,
            "sector": "Leather tanning", "products": ["finished leather"], "stage": "selection",
            "description": "Italian leather district cooperating with Fez; outside the programme (no project).",
        ], db)
        let fez = try await DemoBrokers.clusterId("Fez leather", db)
        let agreement = try await DemoBrokers.make(CooperationAgreementModel.self, [
            "title": "Fez – Santa Croce leather cooperation", "clusterId": fez, "partnerClusterId": santaCroce, "startsOn": "2000-06-01",
            "purpose": "Exchanges of technological information, a training programme on leather finishing for Moroccan entrepreneurs, and training in Italy for representatives of Moroccan BDS institutions so that they gear their assistance towards the cluster.",
        ], db)
        for (type, title, start, end, count, cost, share, results) in [
            ("exchange", "Exchange of technological information on tanning and finishing", "2000-09-11", "2000-09-15", 6, 12_000.0, 50.0,
             "Tanners of Fez saw the district's common effluent treatment; technicians agreed to exchange process data."),
            ("joint_training", "Training programme on leather finishing for Moroccan entrepreneurs", "2001-02-05", "2001-02-23", 18, 30_000.0, 30.0,
             "Eighteen Fez tanners trained in finishing by Santa Croce technicians."),
            ("study_tour", "Training in Italy for Moroccan BDS institutions", "2001-05-07", "2001-05-18", 8, 24_000.0, 25.0,
             "Representatives of Moroccan BDS institutions learned how the district's service centres serve a cluster."),
        ] as [(String, String, String, String, Int, Double, Double, String)] {
            try await DemoBrokers.make(CooperationActivityModel.self, [
                "agreementId": agreement, "type": type, "title": title, "startsOn": start, "endsOn": end, "participantCount": count,
                "cost": cost, "partnerShare": share, "results": results + " (illustrative)",
            ], db)
        }
    }

    /// Two editions, a week each, with participants from the countries the text names and the ideas they took home.
    static func learning(_ db: any Database) async throws {
        let italy = try await DemoBrokers.make(LearningEditionModel.self, [
            "title": "Joint learning programme: Italian industrial districts", "theme": "The experience of Italian industrial districts and their service centres.",
            "hostCountry": "IT", "hostInstitutions": ["A district service centre (illustrative)", "A regional development agency (illustrative)"],
            "startsOn": "1998-10-05", "endsOn": "1998-10-09",
            "modules": ["Clustering and networking: the conceptual framework and the UNIDO method", "The institutional framework for networking", "Analysis, monitoring and evaluation tools"],
            "siteVisits": ["Entrepreneurs of a knitwear district", "A district's business development services"],
        ], db)
        let chile = try await DemoBrokers.make(LearningEditionModel.self, [
            "title": "Joint learning programme: networking in Chile", "theme": "The Chilean experience of promoting networks of firms.",
            "hostCountry": "CL", "hostInstitutions": ["A national development agency's network programme (illustrative)"],
            "startsOn": "2000-01-17", "endsOn": "2000-01-21",
            "modules": ["Network promotion: the Chilean programme", "Brokers and their training", "Multi-country cooperation initiatives"],
            "siteVisits": ["A network of wine producers (illustrative)", "A network of furniture makers (illustrative)"],
        ], db)
        let jaipur = try await DemoBrokers.personId("Cluster broker, Jaipur (illustrative)", sex: "female", organisation: nil, db)
        let boacoDirector = try await DemoBrokers.personId("Executive director of the foundation, Boaco (illustrative)", sex: "male",
                                                           organisation: try await DemoBrokers.actorNamed("Local development foundation, Boaco (illustrative)", db), db)
        let boacoWorker = try await DemoBrokers.personId("Field worker of the foundation, Boaco (illustrative)", sex: "female", organisation: nil, db)
        let cadin = try await DemoBrokers.personId("Linkage broker, CADIN (illustrative)", sex: "female", organisation: nil, db)
        var guests: [String: UUID] = [:]
        for (key, country) in [("Tunisia", "TN"), ("Mexico", "MX"), ("Argentina", "AR"), ("El Salvador", "SV")] {
            guests[country] = try await DemoBrokers.personId("Broker from \(key) (illustrative)", sex: "male", organisation: nil, db)
        }
        let people: [(UUID, UUID, String, String, [(String, String, String?, String?)])] = [
            (italy, jaipur, "IN", "Cluster broker", [("A common showroom for the block printers, run as the district's consortia run theirs", "done", "2001-06-30", "CALICO's showroom opened.")]),
            (italy, cadin, "NI", "Linkage broker", [("A supplier development package priced to phase in its fee", "started", "2000-06-30", "Fees introduced at the Vertical Linkages Unit.")]),
            (italy, guests["TN"]!, "TN", "BDS institution", [("A service centre for a textile cluster", "dropped", "1999-12-01", "No institution ready to host it.")]),
            (italy, guests["MX"]!, "MX", "Cluster broker", [("Benchmarking visits between two shoe clusters", "planned", nil, nil)]),
            (chile, boacoDirector, "NI", "Foundation director", [("Fees for the foundation's services to cheese makers", "started", "2001-03-01", "First fees collected from the cooperative.")]),
            (chile, boacoWorker, "NI", "Field worker", [("Networks of cheese makers around a shared cold store", "done", "2001-09-30", "A cold store network of five makers.")]),
            (chile, guests["AR"]!, "AR", "Network broker", [("A national programme of network brokers", "started", "2000-12-15", nil)]),
            (chile, guests["SV"]!, "SV", "BDS institution", []),
            (chile, guests["MX"]!, "MX", "Cluster broker", []),
        ]
        for (edition, person, country, function, ideas) in people {
            let participant = try await DemoBrokers.make(LearningParticipantModel.self, ["editionId": edition, "personId": person, "country": country, "function": function], db)
            for (idea, status, on, note) in ideas {
                var f: [String: Any] = ["participantId": participant, "idea": idea + " (illustrative)", "status": status]
                if let on { f["followedUpOn"] = on }
                if let note { f["note"] = note }
                try await DemoBrokers.make(ActionIdeaModel.self, f, db)
            }
        }
    }
}
