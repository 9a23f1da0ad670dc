import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// The cluster's map of linkages read as a network: who brokers, who is isolated, who spans
/// structural holes, in words a broker understands, with a drawing laid out in Swift.
struct NetworkAnalysisPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.cluster(.key, .networkAnalysis), use: page).declaring([Self.groups])
        routes.get(.cluster(.key, .networkAnalysisCSV), use: csv).declaring([Self.groups])
    }

    /// How actors are grouped for brokerage: by their stage in the value chain (organisations not
    /// in the chain by their kind), or by kind alone.
    enum Grouping: String, CaseIterable { case stage, kind }
    static let groups = QueryParameter.choice("groups", Grouping.allCases.map(\.rawValue), "Group actors by stage of the value chain (default) or by kind")

    /// Existing and to-strengthen ties as they stand now; missing ties are what the network lacks.
    static func input(_ cluster: ClusterModel, grouping: Grouping = .stage, on db: any Database) async throws -> (NetworkInput, [String: UUID])? {
        let ties = try await LinkageModel.owned(by: .cluster, try cluster.requireID(), on: db).all()
        let map = LinkageMap(ties.compactMap(\.tie), on: nil)
        guard !map.actors.isEmpty else { return nil }
        // Organisations that came to the cluster's events but have no recorded tie are its isolated actors.
        var actorIds = map.actors, listed = Set(map.actors)
        for event in try await EventModel.owned(by: .cluster, try cluster.requireID(), on: db).all() {
            for id in event.values.ids("actorIds") where listed.insert(id).inserted { actorIds.append(id) }
        }
        let actors = Dictionary(uniqueKeysWithValues: try await ActorModel.query(on: db).filter(\.$id ~~ actorIds).all().map { ($0.id!, $0) })
        let stages = grouping == .stage ? try await stageOfActors(cluster, on: db) : [:]
        var names: [String: UUID] = [:]
        var nodes = "id,group,kind\n", edges = "source,target\n"
        func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        for id in actorIds {
            guard let a = actors[id] else { continue }
            var name = a.acronym ?? a.name
            if names[name] != nil { name += " (" + id.uuidString.prefix(4).lowercased() + ")" }
            names[name] = id
            let kind = a.actorKind == .enterprise ? L("Enterprises") : (a.institutionType.flatMap(InstitutionType.init(rawValue:))?.label ?? L("Institutions"))
            // Kinds are kept in English, as the analysis is computed once; each page names them in its language (`NetworkAnalysisOutputs.group`).
            nodes += q(name) + "," + q(stages[id] ?? kind.english) + "," + a.actorKind.rawValue + "\n"
        }
        let nameOf = Dictionary(uniqueKeysWithValues: names.map { ($0.value, $0.key) })
        for t in map.workingTies {
            guard let a = nameOf[t.from], let b = nameOf[t.to] else { continue }
            edges += q(a) + "," + q(b) + "\n"
        }
        return (try NetworkInput(nodes: Data(nodes.utf8), edges: Data(edges.utf8), directed: false), names)
    }

    /// Each organisation's stage in the value chain of the cluster's latest diagnostic (the first
    /// stage that lists it), numbered so that stages read in the chain's order.
    static func stageOfActors(_ cluster: ClusterModel, on db: any Database) async throws -> [UUID: String] {
        guard let diagnostic = try await DiagnosticModel.query(on: db).filter(\.$clusterId == cluster.requireID()).sort(\.$version, .descending).first() else { return [:] }
        let stages = try await RecordQuery.withLinks(ChainStageModel.query(on: db)).filter(\.$diagnosticId == diagnostic.requireID()).all()
        return ValueChain(stages.map { .init(position: $0.position, name: $0.name, actors: $0.values.ids("actorIds")) }).stageOfActors
    }

    @Sendable func page(req: Request) async throws -> Response {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let grouping = try req.queryChoice(Self.groups, as: Grouping.self) ?? .stage
        let analysis = try await Self.analysis(cluster, grouping, req)
        let sheet = NetworkAnalysisSheet(clusterId: try cluster.requireID(), clusterName: cluster.name, state: analysis.state,
                                         page: analysis.state == .ready ? AnalysisPages.page(of: analysis, in: Wording.current.language) : nil,
                                         failure: analysis.failure, step: analysis.step.map(AnalysisPages.step), requestedAt: analysis.requestedAt)
        let pending = analysis.state == .queued || analysis.state == .running
        return Layout.page(L("Network analysis — \(cluster.name)"), req, body: NetworkAnalysisView.page(sheet), refresh: pending ? 2 : nil).response(status: .ok)
    }

    /// The kept analysis of the map as it stands, queued (and the local worker woken) if it must be computed.
    static func analysis(_ cluster: ClusterModel, _ grouping: Grouping, _ req: Request) async throws -> NetworkAnalysisModel {
        let analysis = try await NetworkAnalysisQueue.request(clusterId: try cluster.requireID(), grouping: grouping.rawValue, on: req.db)
        if analysis.state == .queued { req.application.networkAnalysisWorker?.wake() }
        return analysis
    }

    @Sendable func csv(req: Request) async throws -> Response {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let grouping = try req.queryChoice(Self.groups, as: Grouping.self) ?? .stage
        let analysis = try await Self.analysis(cluster, grouping, req)
        guard analysis.state == .ready, let text = analysis.csv else { return Self.pending(analysis) }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"network-analysis.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    /// 202 while the analysis is computed, with when to ask again; a failure as 422 with its reason.
    static func pending(_ analysis: NetworkAnalysisModel) -> Response {
        let failed = analysis.state == .failed
        var headers = HTTPHeaders()
        headers.contentType = .json
        if !failed { headers.replaceOrAdd(name: .retryAfter, value: "2") }
        let body: JSONOut = .object([("status", .string(analysis.status)), ("step", analysis.step.map(JSONOut.string) ?? .null),
                                     ("failure", analysis.failure.map(JSONOut.string) ?? .null)])
        return Response(status: failed ? .unprocessableEntity : .accepted, headers: headers, body: .init(buffer: JSONBytes.buffer(body)))
    }
}

/// `/api/v1/clusters/{id}/network-analysis`: the same reading as the page, as JSON (202 with the
/// step reached while it is computed).
struct NetworkAnalysisAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.cluster(.key, .networkAnalysis), use: analysis).declaring([NetworkAnalysisPages.groups])
    }

    @Sendable func analysis(req: Request) async throws -> Response {
        let cluster = try await RegistryService(registry: Registries.clusters).find(req)
        let grouping = try req.queryChoice(NetworkAnalysisPages.groups, as: NetworkAnalysisPages.Grouping.self) ?? .stage
        let analysis = try await NetworkAnalysisPages.analysis(cluster, grouping, req)
        guard analysis.state == .ready, let json = analysis.apiJSON else { return NetworkAnalysisPages.pending(analysis) }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: json))
    }
}

extension NetworkAnalysisAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        var get = APIOperation.make("The map of linkages read as a network: findings, bridges between groups, every actor's measures; "
                                    + "computed in the background, 202 with the step reached until it is ready",
                                    path: ["id"], query: [NetworkAnalysisPages.groups], one: "NetworkAnalysis")
        get.responses[202] = APIOperation.answer("Being computed; ask again after Retry-After seconds", APIOperation.content(APISchema.component("NetworkAnalysisPending")))
        get.responses[422] = APIOperation.answer("The analysis could not be computed", APIOperation.content(APISchema.component("NetworkAnalysisPending")))
        return [("/clusters/{id}/network-analysis", OpenAPI.PathItem(get: get))]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [("NetworkAnalysisPending", .object(properties: [
            "status": .string(allowedValues: ["queued", "running", "failed"]), "step": .string(required: false, nullable: true),
            "failure": .string(required: false, nullable: true)], additionalProperties: .a(false))),
         ("NetworkAnalysis", .object(description: "actors, ties, density, components, transitivity, communities (Leiden), modularity, findings (sentences), bridges {from, to, brokers, directlyTied}, nodes with degree, betweenness, closeness, eigenvector, pageRank, clustering, core, constraint, effectiveSize, component, community and brokerage counts by role"))]
    }
}
