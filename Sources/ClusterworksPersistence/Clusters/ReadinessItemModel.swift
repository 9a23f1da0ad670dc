import ClusterworksDomain
import FluentKit
import Foundation

public final class ReadinessItemModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "readiness_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "item") public var item: String
    @Field(key: "met") public var met: Bool
    @OptionalField(key: "met_on") public var metOn: String?
    @OptionalField(key: "evidence") public var evidence: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $item, $met, $metOn, $evidence, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ReadinessItemSchema.schema }
    public var title: Phrase { .verbatim(item) }
    public static let defaultSort: FieldKey = "created_at"

    public static let columns = RecordColumns<ReadinessItemModel>([
        .text("item", \.$item).sorted().searched(),
        .flag("met", \.$met).sorted(),
        .date("metOn", \.$metOn),
        .text("evidence", \.$evidence).searched(),
    ])
}
