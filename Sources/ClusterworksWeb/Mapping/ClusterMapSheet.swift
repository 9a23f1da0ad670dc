import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// The programme's cluster maps as their index lists them, and the upload form for who may map.
struct ClusterMapIndex {
    struct Entry {
        let id: UUID
        let name: String
        let countryCode: String?
        let firstYear: Int
        let lastYear: Int
        let rows: Int
        let regions: Int
        let clusters: Int
        let strong: Int
    }

    let maps: [Entry]
    /// The upload form, drawn with what was sent and why it was refused; nil when the reader may not map.
    let upload: HTML?
}

/// One cluster map's page as read: its figures, every region (for the drawing), the page of regions
/// the filter shows with their candidates, and the delete form's token for who may map.
struct ClusterMapSheet {
    let map: ClusterMapIndex.Entry
    let regions: [ClusterMapRegionModel]
    let filter: ClusterMapQuery
    let matching: Int
    let shown: [ClusterMapRegionModel]
    let candidates: [UUID: [ClusterMapCandidateModel]]
    let country: WorldAtlas.Country?
    let atlas: WorldAtlas
    let deleteToken: String?

    static let regionsPerPage = 25
}

extension ClusterMapIndex.Entry {
    init(_ m: ClusterMapModel) {
        self.init(id: m.id!, name: m.name, countryCode: m.countryCode, firstYear: m.firstYear, lastYear: m.lastYear,
                  rows: m.rowCount, regions: m.regionCount, clusters: m.clusterCount, strong: m.strongCount)
    }

    var years: String { firstYear == lastYear ? String(lastYear) : "\(firstYear)–\(lastYear)" }
}
