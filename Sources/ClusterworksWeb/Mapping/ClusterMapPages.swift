import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Cluster mapping in the browser: the programme's maps, the upload form (a progress bar where
/// scripts run; a plain form where they do not), each map's ranked candidates and its drawing.
struct ClusterMapPages: RouteCollection {
    let atlas: WorldAtlas

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.clusterMaps, use: index)
        StreamedUpload.on(routes.on(.POST, .clusterMaps, body: .stream, use: create))
        routes.get(.clusterMap(.key), use: show).declaring(ClusterMapQuery.parameters)
        routes.post(.deleteClusterMap(.key), use: delete)
    }

    @Sendable func index(req: Request) async throws -> HTML {
        try await page(req, values: [:], refusal: nil)
    }

    private func page(_ req: Request, values: [String: String], refusal: ClusterMapService.Refusal?) async throws -> HTML {
        let maps = try await ClusterMapModel.query(on: req.db).sort(\.$createdAt, .descending).all()
        let upload = ClusterMapService.canMap(req) ? ClusterMapForm.render(token: try req.requireSignedIn().csrfToken, values: values, refusal: refusal) : nil
        return Layout.page(L("Cluster mapping"), req, body: ClusterMapView.index(ClusterMapIndex(maps: maps.map(ClusterMapIndex.Entry.init), upload: upload)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        // Who may map is decided before a byte of the body is read.
        let s = try ClusterMapService.requireMapper(req)
        let (upload, values) = try await ClusterMapForm.upload(req, checkToken: true)
        do {
            let map = try await ClusterMapService.create(upload, by: s.user.id, on: req)
            return req.redirect(to: SitePath.clusterMap(.id(try map.requireID())).href, redirectType: .normal)
        } catch let refusal as ClusterMapService.Refusal {
            let html = try await page(req, values: values, refusal: refusal)
            return try await html.encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    @Sendable func show(req: Request) async throws -> HTML {
        let map = try await ClusterMapService.find(req)
        let filter = try ClusterMapQuery(req)
        let all = try await ClusterMapRegionModel.query(on: req.db).filter(\.$mapId == map.requireID()).all()
        let regions = filter.apply(all)
        let perPage = ClusterMapSheet.regionsPerPage
        let shown = Array(regions.dropFirst(filter.page * perPage).prefix(perPage))
        let candidates = try await ClusterMapCandidateModel.query(on: req.db).filter(\.$regionId ~~ shown.map { $0.id! }).sort(\.$rank).all()
        let sheet = ClusterMapSheet(
            map: .init(map), regions: all, filter: filter, matching: regions.count, shown: shown,
            candidates: Dictionary(grouping: candidates, by: \.regionId),
            country: map.countryCode.flatMap { code in atlas.countries.first { $0.code == code } }, atlas: atlas,
            deleteToken: ClusterMapService.canMap(req) ? try req.requireSignedIn().csrfToken : nil)
        return Layout.page(.verbatim(map.name), req, body: ClusterMapView.map(sheet))
    }

    @Sendable func delete(req: Request) async throws -> Response {
        try await ClusterMapService.delete(req)
        return req.redirect(to: SitePath.clusterMaps.href, redirectType: .normal)
    }
}
