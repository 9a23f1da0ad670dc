import FluentKit
import Foundation

/// One cluster-mapping run over uploaded regional statistics; the uploaded files are not kept,
/// only what the pages show: each region and its candidate clusters.
public final class ClusterMapModel: Model, @unchecked Sendable {
    public static let schema = "cluster_maps"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @OptionalField(key: "country_code") public var countryCode: String?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "first_year") public var firstYear: Int
    @Field(key: "last_year") public var lastYear: Int
    @Field(key: "row_count") public var rowCount: Int
    @Field(key: "region_count") public var regionCount: Int
    @Field(key: "industry_count") public var industryCount: Int
    @Field(key: "cluster_count") public var clusterCount: Int
    @Field(key: "strong_count") public var strongCount: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $name, $countryCode, $createdBy, $firstYear, $lastYear, $rowCount, $regionCount, $industryCount, $clusterCount, $strongCount, $createdAt] }
    public init(name: String, countryCode: String?, createdBy: UUID?, firstYear: Int, lastYear: Int, rowCount: Int,
                regionCount: Int, industryCount: Int, clusterCount: Int, strongCount: Int) {
        self.name = name; self.countryCode = countryCode; self.createdBy = createdBy; self.firstYear = firstYear; self.lastYear = lastYear
        self.rowCount = rowCount; self.regionCount = regionCount; self.industryCount = industryCount
        self.clusterCount = clusterCount; self.strongCount = strongCount
    }
}

/// A region of a cluster map: where it lies (when coordinates were given) and its traded employment.
public final class ClusterMapRegionModel: Model, @unchecked Sendable {
    public static let schema = "cluster_map_regions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "map_id") public var mapId: UUID
    @Field(key: "name") public var name: String
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    @Field(key: "traded_employment") public var tradedEmployment: Double
    @Field(key: "strong_count") public var strongCount: Int
    /// The highest location quotient among the region's strong clusters: how pronounced its best cluster is.
    @OptionalField(key: "strongest_lq") public var strongestLQ: Double?

    public init() {}
}

/// A candidate cluster of a region, ranked: strong clusters first, then by location quotient.
public final class ClusterMapCandidateModel: Model, @unchecked Sendable {
    public static let schema = "cluster_map_candidates"

    @ID(key: .id) public var id: UUID?
    @Field(key: "map_id") public var mapId: UUID
    @Field(key: "region_id") public var regionId: UUID
    @Field(key: "rank") public var rank: Int
    @Field(key: "cluster") public var cluster: String
    @Field(key: "employment") public var employment: Double
    @Field(key: "establishments") public var establishments: Double
    @OptionalField(key: "wage") public var wage: Double?
    @Field(key: "lq") public var lq: Double
    @Field(key: "strong") public var strong: Bool
    @Field(key: "top_three") public var topThree: Bool
    @OptionalField(key: "employment_change") public var change: Double?
    @OptionalField(key: "growth_rate") public var rate: Double?

    public init() {}
}
