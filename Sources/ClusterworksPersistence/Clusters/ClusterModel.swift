import ClusterworksDomain
import FluentKit
import Foundation

public final class ClusterModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
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
    @Field(key: "stage") public var stage: String
    @OptionalField(key: "description") public var description: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ClusterSchema.schema }
    public var title: String { name }
    public static let searchColumns: [FieldKey] = ["name", "place", "sector", "products"]
    public static let searchFields = ["name", "place", "sector", "products"]
    public static let sortColumns: [String: FieldKey] = [
        "name": "name", "country": "country_code", "sector": "sector", "stage": "stage",
        "estimatedFirms": "estimated_firms", "employment": "employment",
    ]
    public static let defaultSort: FieldKey = "name"
    public static let filterColumns: [String: FieldKey] = [
        "country": "country_code", "projectId": "project_id", "stage": "stage",
    ]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("country", countryCode); v.put("place", place)
        v.put("latitude", latitude); v.put("longitude", longitude); v.put("sector", sector)
        v.put("products", lines: products); v.put("estimatedFirms", estimatedFirms); v.put("employment", employment)
        v.put("exportsUsd", exportsUsd); v.put("projectId", $project.id); v.put("stage", stage)
        v.put("description", description)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""; countryCode = v.text("country") ?? ""; place = v.text("place") ?? ""
        latitude = v.double("latitude"); longitude = v.double("longitude"); sector = v.text("sector") ?? ""
        products = v.lines("products"); estimatedFirms = v.int("estimatedFirms"); employment = v.int("employment")
        exportsUsd = v.double("exportsUsd"); $project.id = v.uuid("projectId")
        stage = v.text("stage") ?? ClusterStage.selection.rawValue; description = v.text("description")
    }
}
