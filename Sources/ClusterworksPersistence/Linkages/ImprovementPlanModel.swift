import ClusterworksDomain
import FluentKit
import Foundation

public final class ImprovementPlanModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "improvement_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "firm_id") public var firmId: UUID
    @Field(key: "start_on") public var startOn: String
    @Field(key: "end_on") public var endOn: String
    @Field(key: "objectives") public var objectives: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $firmId, $startOn, $endOn, $objectives, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ImprovementPlanSchema.schema }
    public var title: Phrase { L("Improvement plan from \(date: startOn)") }
    public static let defaultSort: FieldKey = "start_on"

    public static let columns = RecordColumns<ImprovementPlanModel>([
        .reference("firmId", \.$firmId).filtered(),
        .date("startOn", \.$startOn).sorted(),
        .date("endOn", \.$endOn),
        .lines("objectives", \.$objectives).searched(),
    ])
}
