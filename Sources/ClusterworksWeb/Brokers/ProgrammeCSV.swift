import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import OpenAPIKit
import Vapor

/// Brokers and cooperation activities as CSV, for the programme's own spreadsheets (formula-safe).
enum ProgrammeCSV {
    @Sendable static func brokers(req: Request) async throws -> Response {
        let brokers = try await BrokerModel.query(on: req.db).sort(\.$name).all()
        let ids = brokers.compactMap(\.id)
        let employments = Dictionary(grouping: try await BrokerEmploymentModel.query(on: req.db).filter(\.$brokerId ~~ ids).all(), by: \.brokerId)
        let assignments = Dictionary(grouping: try await BrokerAssignmentModel.query(on: req.db).filter(\.$brokerId ~~ ids).all(), by: \.brokerId)
        let certified = Dictionary(grouping: try await CohortParticipantModel.query(on: req.db).filter(\.$personId ~~ brokers.map(\.personId))
            .filter(\.$certification == CertificationStatus.certified.rawValue).all(), by: \.personId)
        let all = employments.values.flatMap { $0 }, given = assignments.values.flatMap { $0 }
        let projects = try await ReferenceDirectory.titles(.project, all.compactMap(\.projectId), on: req.db)
        let institutions = try await ReferenceDirectory.titles(.actor, all.compactMap(\.institutionId), on: req.db)
        let clusters = try await ReferenceDirectory.titles(.cluster, given.compactMap(\.clusterId), on: req.db)
        let networks = try await ReferenceDirectory.titles(.network, given.compactMap(\.networkId), on: req.db)
        var lines = [CSVWriter.line(text: ["broker", "kind", "status", "country", "certified_on", "employer_kind_now", "employer_now", "assigned_now", "time_share_now"])]
        for b in brokers {
            let now = employments[b.id!]?.last { $0.covers(req.today) }
            let current = (assignments[b.id!] ?? []).filter { $0.span?.covers(req.today) ?? false }
            let places = current.compactMap { $0.clusterId.flatMap { clusters[$0] } ?? $0.networkId.flatMap { networks[$0] } }
            lines.append(CSVWriter.line(text: [
                b.name, b.kind, b.status, b.countryCode, certified[b.personId]?.compactMap(\.certifiedOn).min() ?? "",
                now?.employerKind ?? "", now.flatMap { e in e.projectId.flatMap { projects[$0] } ?? e.institutionId.flatMap { institutions[$0] } ?? e.employer } ?? "",
                places.joined(separator: "; "), String(current.reduce(0) { $0 + $1.timeShare }),
            ]))
        }
        return CSVDownload.response(lines, name: "brokers.csv")
    }

    @Sendable static func activities(req: Request) async throws -> Response {
        let links = Dictionary(uniqueKeysWithValues: try await CooperationLink.load(on: req.db).map { ($0.agreementId, $0) })
        var lines = [CSVWriter.line(text: ["agreement", "cluster", "partner_cluster", "type", "title", "starts_on", "ends_on", "participants", "cost_usd", "partner_share_percent", "results"])]
        for a in try await CooperationActivityModel.query(on: req.db).sort(\.$startsOn).all() {
            let l = links[a.agreementId]
            lines.append(CSVWriter.line(text: [l?.title ?? "", l?.from.name ?? "", l?.to.name ?? "", a.type, a.titleText, a.startsOn, a.endsOn ?? "",
                                               a.participantCount.map(String.init) ?? "", a.cost.map { String($0) } ?? "", a.partnerShare.map { String($0) } ?? "", a.results ?? ""]))
        }
        return CSVDownload.response(lines, name: "cooperation-activities.csv")
    }

}

/// The pages: the succession table and the two files.
struct ProgrammeBrokerPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        SuccessionRoutes().mount(on: routes, api: false)
        routes.get(.download(.brokers), use: ProgrammeCSV.brokers)
        routes.get(.download(.cooperationActivities), use: ProgrammeCSV.activities)
    }
}

/// The API: the succession, the two files.
struct ProgrammeBrokerAPI: DocumentedAPI {
    func boot(routes: any RoutesBuilder) throws {
        SuccessionRoutes().mount(on: routes, api: true)
        routes.get(.download(.brokers), use: ProgrammeCSV.brokers)
        routes.get(.download(.cooperationActivities), use: ProgrammeCSV.activities)
    }

    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        SuccessionAPI.paths + [
            ("/brokers.csv", OpenAPI.PathItem(get: APIOperation.file("Every broker with their certificate, employer and assignments today, as CSV", type: .csv, description: "CSV"))),
            ("/cooperation-activities.csv", OpenAPI.PathItem(get: APIOperation.file("Every cooperation activity with its agreement and clusters, as CSV", type: .csv, description: "CSV"))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] { SuccessionAPI.schemas }
}
