import ClusterworksDomain
import FluentKit
import Foundation

/// A broker's assignment to a cluster, network or linkage unit for a span of time.
public final class BrokerAssignmentModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "broker_assignments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "broker_id") public var brokerId: UUID
    @OptionalField(key: "cluster_id") public var clusterId: UUID?
    @OptionalField(key: "network_id") public var networkId: UUID?
    @OptionalField(key: "linkage_unit_id") public var linkageUnitId: UUID?
    @Field(key: "from_on") public var fromOn: String
    @OptionalField(key: "to_on") public var toOn: String?
    @Field(key: "time_share") public var timeShare: Int
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $brokerId, $clusterId, $networkId, $linkageUnitId, $fromOn, $toOn, $timeShare, $note, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { BrokerAssignmentSchema.schema }
    public var title: Phrase { L("\(timeShare) % from \(date: fromOn)") }
    public static let defaultSort: FieldKey = "from_on"

    public static let columns = RecordColumns<BrokerAssignmentModel>([
        .reference("brokerId", \.$brokerId).filtered(),
        .reference("clusterId", \.$clusterId).filtered(),
        .reference("networkId", \.$networkId).filtered(),
        .reference("linkageUnitId", \.$linkageUnitId).filtered(),
        .date("fromOn", \.$fromOn).sorted(),
        .date("toOn", \.$toOn).sorted(),
        .int("timeShare", \.$timeShare).sorted(),
        .text("note", \.$note),
    ])
}
