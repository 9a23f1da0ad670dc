import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import OpenAPIKit
import Vapor

/// `/api/v1/cluster-maps`: the same uploads as the page (multipart form data), refused with 422
/// naming the field — a file's problems listed under its name as "line …, column …: …".
struct ClusterMapAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.clusterMaps, use: list)
        routes.on(.POST, .clusterMaps, body: .stream, use: create)
        routes.get(.clusterMap(.key), use: show).declaring(Self.showParameters)
        routes.delete(SitePath.clusterMap(.key).components, use: delete)
    }

    static let limit = QueryParameter.integer("limit", 1...5000, "How many regions (default 500)")
    static let offset = QueryParameter.integer("offset", 0...10_000_000, "How many matching regions to skip")
    static let showParameters = [ClusterMapQuery.region, ClusterMapQuery.strong, limit, offset]

    static func json(_ m: ClusterMapModel) -> JSONOut {
        .object([("id", .string(m.id!.lowercasedText)), ("name", .string(m.name)), ("countryCode", m.countryCode.map(JSONOut.string) ?? .null),
                 ("firstYear", .int(m.firstYear)), ("lastYear", .int(m.lastYear)), ("rows", .int(m.rowCount)), ("regions", .int(m.regionCount)),
                 ("industries", .int(m.industryCount)), ("clusters", .int(m.clusterCount)), ("strongClusters", .int(m.strongCount))])
    }

    @Sendable func list(req: Request) async throws -> JSONResponse {
        let maps = try await ClusterMapModel.query(on: req.db).sort(\.$createdAt, .descending).all()
        return JSONResponse(body: .object([("items", .array(maps.map(Self.json)))]))
    }

    @Sendable func create(req: Request) async throws -> JSONResponse {
        let s = try ClusterMapService.requireMapper(req)
        do {
            let map = try await ClusterMapService.create(try await ClusterMapForm.upload(req, checkToken: false).0, by: s.user.id, on: req)
            return JSONResponse(body: Self.json(map), status: .created)
        } catch let refusal as ClusterMapService.Refusal {
            var errors = refusal.fields
            for p in refusal.problems?.problems ?? [] { errors.add(refusal.problems!.file.rawValue, .verbatim(p.description)) }
            throw FieldErrors(errors: errors)
        }
    }

    /// The map with its regions, most strong clusters first; `region`, `strong=1`, `limit` (at most
    /// 5,000) and `offset` choose which.
    @Sendable func show(req: Request) async throws -> JSONResponse {
        let map = try await ClusterMapService.find(req)
        let all = try await ClusterMapRegionModel.query(on: req.db).filter(\.$mapId == map.requireID()).all()
        let limit = try req.queryInteger(Self.limit) ?? 500
        let offset = try req.queryInteger(Self.offset) ?? 0
        let matching = try ClusterMapQuery(req, paged: false).apply(all)
        let regions = Array(matching.dropFirst(offset).prefix(limit))
        var candidates: [UUID: [ClusterMapCandidateModel]] = [:]
        for batch in stride(from: 0, to: regions.count, by: 500) {
            let ids = regions[batch..<min(batch + 500, regions.count)].map { $0.id! }
            for c in try await ClusterMapCandidateModel.query(on: req.db).filter(\.$regionId ~~ ids).sort(\.$rank).all() { candidates[c.regionId, default: []].append(c) }
        }
        func number(_ v: Double?) -> JSONOut { v.map(JSONOut.double) ?? .null }
        let items = regions.map { r -> JSONOut in
            .object([("name", .string(r.name)), ("latitude", number(r.latitude)), ("longitude", number(r.longitude)),
                     ("tradedEmployment", .double(r.tradedEmployment)), ("strongClusters", .int(r.strongCount)), ("strongestLQ", number(r.strongestLQ)),
                     ("candidates", .array((candidates[r.id!] ?? []).map { c in
                         .object([("rank", .int(c.rank)), ("cluster", .string(c.cluster)), ("strong", .bool(c.strong)), ("topThree", .bool(c.topThree)),
                                  ("lq", .double(c.lq)), ("employment", .double(c.employment)), ("establishments", .double(c.establishments)),
                                  ("wage", number(c.wage)), ("employmentChange", number(c.change)), ("growthRate", number(c.rate))])
                     }))])
        }
        guard case .object(let head) = Self.json(map) else { return JSONResponse(body: .null) }
        return JSONResponse(body: .object(head + [("regionsMatching", .int(matching.count)), ("offset", .int(offset)), ("items", .array(items))]))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        try await ClusterMapService.delete(req)
        return Response(status: .noContent)
    }
}

/// Uploads are multipart form data; a file's problems come back under its name.
extension ClusterMapAPI: DocumentedAPI {
    static var paths: [(path: String, item: OpenAPI.PathItem)] {
        var create = APIOperation.make("Map clusters from uploaded statistics (programme managers); 422 lists each malformed line under the file's name", created: "ClusterMap")
        create.requestBody = .request(.init(content: APIOperation.content(APISchema.component("ClusterMapUpload"), as: .multipartForm), required: true))
        return [
            ("/cluster-maps", OpenAPI.PathItem(get: APIOperation.make("The programme's cluster maps", one: "ClusterMap"), post: create)),
            ("/cluster-maps/{id}", OpenAPI.PathItem(get: APIOperation.make("A map with its regions, most strong clusters first", path: ["id"], query: showParameters, one: "ClusterMap"),
                                                    delete: APIOperation.make("Delete a map (programme managers)", path: ["id"], noContent: true))),
        ]
    }

    static var schemas: [(name: String, schema: JSONSchema)] {
        [
            ("ClusterMap", .object(description: "A cluster map: id, name, countryCode, firstYear, lastYear, rows, regions, industries, clusters, strongClusters; one map also has regionsMatching, offset and items (regions with tradedEmployment, strongClusters, strongestLQ and their ranked candidates: rank, cluster, strong, topThree, lq, employment, establishments, wage, employmentChange, growthRate)")),
            ("ClusterMapUpload", .object(description: "At most 256 MB in all (413 past it), read as it arrives; the user's role is checked before the body is read", properties: [
                "name": .string(maxLength: 200),
                "countryCode": .string(required: false, pattern: "^[A-Z]{2}$"),
                "statistics": .string(description: "year, region, industry, employment, establishments, payroll", contentMediaType: .csv),
                "definitions": .string(description: "industry, cluster, traded (1 or 0)", contentMediaType: .csv),
                "regions": .string(required: false, description: "optional: region, latitude, longitude", contentMediaType: .csv),
            ], additionalProperties: .a(false))),
        ]
    }
}
