import ClusterworksDomain
import FluentKit
import Foundation

public final class ClusterModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "clusters"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    @Field(key: "country_code") public var countryCode: String
    @Field(key: "place") public var place: String
    @OptionalField(key: "latitude") public var latitude: Double?
    @OptionalField(key: "longitude") public var longitude: Double?
    @Field(key: "sector") public var sector: String
    @Field(key: "products") public var products: String
    @OptionalField(key: "estimated_firms") public var estimatedFirms: Int?
    @OptionalField(key: "employment") public var employment: Int?
    @OptionalField(key: "exports_usd") public var exportsUsd: Double?
    @OptionalParent(key: "project_id") public var project: ProjectModel?
    @StoredChoice(key: "stage") public var stage: ClusterStage
    @OptionalField(key: "description") public var description: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $searchKey, $name, $countryCode, $place, $latitude, $longitude, $sector, $products, $estimatedFirms, $employment, $exportsUsd, $project, $stage, $description, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ClusterSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<ClusterModel>([
        .text("name", \.$name).sorted().searched(),
        .text("country", \.$countryCode).sorted().filtered(),
        .text("place", \.$place).searched(),
        .decimal("latitude", \.$latitude),
        .decimal("longitude", \.$longitude),
        .text("sector", \.$sector).sorted().searched(),
        .lines("products", \.$products).searched(),
        .int("estimatedFirms", \.$estimatedFirms).sorted(),
        .int("employment", \.$employment).sorted(),
        .decimal("exportsUsd", \.$exportsUsd),
        .reference("projectId", \.$project).filtered(),
        .choice("stage", \.$stage, absent: .value(.selection)).sorted().filtered(),
        .text("description", \.$description),
    ])
}
