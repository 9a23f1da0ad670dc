import ClusterworksDomain
import FluentKit
import Foundation

public final class BusinessPlanModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "business_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "title") public var titleText: String
    @Field(key: "objectives") public var objectives: String
    @Field(key: "joint_activities") public var jointActivities: String
    @OptionalField(key: "budget") public var budget: Double?
    @OptionalField(key: "currency") public var currency: String?
    @OptionalField(key: "period_start") public var periodStart: String?
    @OptionalField(key: "period_end") public var periodEnd: String?
    @OptionalField(key: "adopted_on") public var adoptedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $version, $titleText, $objectives, $jointActivities, $budget, $currency, $periodStart, $periodEnd, $adoptedOn, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { BusinessPlanSchema.schema }
    public var title: Phrase { L("\(titleText), version \(version)") }
    public static let defaultSort: FieldKey = "version"

    public static let columns = RecordColumns<BusinessPlanModel>([
        .text("title", \.$titleText).searched(),
        .int("version", \.$version).readOnly().sorted(),
        .lines("objectives", \.$objectives).searched(),
        .lines("jointActivities", \.$jointActivities),
        .decimal("budget", \.$budget),
        .text("currency", \.$currency),
        .date("periodStart", \.$periodStart),
        .date("periodEnd", \.$periodEnd),
        .date("adoptedOn", \.$adoptedOn).sorted(),
    ])
}
