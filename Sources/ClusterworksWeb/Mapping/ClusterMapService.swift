import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// An upload of regional statistics: read and mapped off the event loop, every problem found
/// before anything is written, then the map, its regions and their candidates in one transaction.
enum ClusterMapService {
    /// What the form or the API sent.
    struct Upload {
        var name: String
        var countryCode: String?
        var statistics: Data?
        var definitions: Data?
        var regions: Data?
    }

    /// Fields missing or wrong, or the files' problems by line and column.
    struct Refusal: Error {
        var fields: ValidationErrors = .init()
        var problems: StatisticsProblems?
    }

    /// Candidates kept per region.
    static let candidatesPerRegion = 10

    static func canMap(_ req: Request) -> Bool { req.signedIn.map { EditPolicy.canMapClusters($0.principal) } ?? false }

    /// The signed-in programme manager (or admin) about to make or delete a map; anyone else is refused.
    static func requireMapper(_ req: Request) throws -> SignedIn {
        guard let s = req.signedIn, EditPolicy.canMapClusters(s.principal) else { throw Refused(.forbidden, L("Only programme managers make or delete cluster maps.")) }
        return s
    }

    static func find(_ req: Request) async throws -> ClusterMapModel {
        guard let id = req.parameters.get("id", as: UUID.self), let map = try await ClusterMapModel.find(id, on: req.db) else {
            throw Refused(.notFound, L("No such cluster map."))
        }
        return map
    }

    /// The map goes with its regions and candidates (the database cascades, in one statement).
    static func delete(_ req: Request) async throws {
        _ = try requireMapper(req)
        try await find(req).delete(on: req.db)
    }

    static func create(_ upload: Upload, by user: UUID?, on req: Request) async throws -> ClusterMapModel {
        var refusal = Refusal()
        let name = upload.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { refusal.fields.add("name", L("is required")) } else if name.count > 200 { refusal.fields.add("name", L("is longer than 200 characters")) }
        if let code = upload.countryCode, try await CountryModel.query(on: req.db).filter(\.$code == code).first() == nil {
            refusal.fields.add("countryCode", L("is not a country of the programme"))
        }
        for (field, file) in [("statistics", upload.statistics), ("definitions", upload.definitions)] where (file?.count ?? 0) == 0 {
            refusal.fields.add(field, L("choose a CSV file"))
        }
        guard refusal.fields.isEmpty, let stats = upload.statistics, let defs = upload.definitions else { throw refusal }
        let regionFile = upload.regions.flatMap { $0.isEmpty ? nil : $0 }
        let started = Date()
        let computed: (StatisticsInput, ClusterMapping, RegionCoordinates?)
        do {
            computed = try await req.application.threadPool.runIfActive {
                let input = try StatisticsInput(statistics: stats, definitions: defs)
                var places: RegionCoordinates?
                do { places = try regionFile.map { try RegionCoordinates($0) } } catch let p as CSVTable.Problem {
                    throw StatisticsProblems([p], file: .regions)
                }
                return (input, input.mapping, places)
            }
        } catch let p as StatisticsProblems {
            refusal.problems = p
            throw refusal
        }
        let mapped = Date()
        let map = try await store(name: name, countryCode: upload.countryCode, by: user, computed, on: req.db)
        req.logger.info("Cluster map \"\(name)\": \(computed.0.rows.count) rows read and mapped in \(Int(mapped.timeIntervalSince(started) * 1000)) ms, stored in \(Int(Date().timeIntervalSince(mapped) * 1000)) ms")
        return map
    }

    static func store(name: String, countryCode: String?, by user: UUID?, _ computed: (StatisticsInput, ClusterMapping, RegionCoordinates?),
                      on db: any Database) async throws -> ClusterMapModel {
        let (input, mapping, places) = computed
        let candidates = ClusterCandidates(mapping, limit: candidatesPerRegion)
        let map = ClusterMapModel(name: name, countryCode: countryCode, createdBy: user, firstYear: mapping.results.first!.year,
                                  lastYear: candidates.year, rowCount: input.rows.count, regionCount: input.regionNames.count,
                                  industryCount: input.industryNames.count, clusterCount: input.clusterNames.count,
                                  strongCount: candidates.regions.reduce(0) { $0 + $1.strongCount })
        try await db.transaction { tx in
            try await map.create(on: tx)
            let mapId = try map.requireID()
            var regions: [ClusterMapRegionModel] = [], rows: [ClusterMapCandidateModel] = []
            for r in candidates.regions {
                let region = ClusterMapRegionModel()
                region.id = UUID(); region.mapId = mapId; region.name = input.regionNames[r.region]
                let place = places?.positions[region.name]
                region.latitude = place?.latitude; region.longitude = place?.longitude
                region.tradedEmployment = r.tradedEmployment; region.strongCount = r.strongCount
                region.strongestLQ = r.strongestLQ
                regions.append(region)
                for c in r.candidates { rows.append(candidate(c, mapId: mapId, regionId: region.id!, cluster: input.clusterNames[c.cluster])) }
            }
            // Batches keep each statement under the databases' limits on bound values.
            for batch in stride(from: 0, to: regions.count, by: 500) { try await Array(regions[batch..<min(batch + 500, regions.count)]).create(on: tx) }
            for batch in stride(from: 0, to: rows.count, by: 500) { try await Array(rows[batch..<min(batch + 500, rows.count)]).create(on: tx) }
        }
        return map
    }

    static func candidate(_ c: ClusterCandidates.Candidate, mapId: UUID, regionId: UUID, cluster: String) -> ClusterMapCandidateModel {
        let m = ClusterMapCandidateModel()
        m.mapId = mapId; m.regionId = regionId; m.rank = c.rank; m.cluster = cluster
        m.employment = c.employment; m.establishments = c.establishments; m.wage = c.wage; m.lq = c.lq
        m.strong = c.strong; m.topThree = c.topThree; m.change = c.change; m.rate = c.rate.flatMap { $0.isFinite ? $0 : nil }
        return m
    }
}
