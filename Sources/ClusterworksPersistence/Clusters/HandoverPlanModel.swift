import ClusterworksDomain
import FluentKit
import Foundation

public final class HandoverPlanModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "handover_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "institution_id") public var institutionId: UUID
    @Field(key: "agreed_on") public var agreedOn: String
    @Field(key: "takeover_on") public var takeoverOn: String
    @OptionalField(key: "broker_name") public var brokerName: String?
    @OptionalField(key: "governance") public var governance: String?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $institutionId, $agreedOn, $takeoverOn, $brokerName, $governance, $notes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { HandoverPlanSchema.schema }
    public var title: Phrase { L("Handover plan (agreed \(date: agreedOn))") }
    public static let defaultSort: FieldKey = "agreed_on"

    public static let columns = RecordColumns<HandoverPlanModel>([
        .reference("institutionId", \.$institutionId),
        .date("agreedOn", \.$agreedOn).sorted(),
        .date("takeoverOn", \.$takeoverOn),
        .text("brokerName", \.$brokerName),
        .text("governance", \.$governance).searched(),
        .text("notes", \.$notes).searched(),
    ])
}
