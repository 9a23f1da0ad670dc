import ClusterworksDomain
import FluentKit
import Foundation

public final class ActionPlanModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "action_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "vision") public var vision: String
    @Field(key: "objectives") public var objectives: String
    @Field(key: "adopted_on") public var adoptedOn: String
    @OptionalField(key: "horizon_end") public var horizonEnd: String?
    @Field(key: "currency") public var currency: String
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $vision, $objectives, $adoptedOn, $horizonEnd, $currency, $version, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ActionPlanSchema.schema }
    public var title: Phrase { L("Action plan, version \(version)") }
    public static let defaultSort: FieldKey = "adopted_on"

    public static let columns = RecordColumns<ActionPlanModel>([
        .text("vision", \.$vision).searched(),
        .lines("objectives", \.$objectives).searched(),
        .date("adoptedOn", \.$adoptedOn).sorted(),
        .date("horizonEnd", \.$horizonEnd),
        .text("currency", \.$currency, absent: .value("USD")),
        // The version moves on only with a review; a new plan is the first.
        .int("version", \.$version).readOnly(),
        .rule(take: { plan, _ in if plan.id == nil { plan.version = 1 } }),
    ])
}
