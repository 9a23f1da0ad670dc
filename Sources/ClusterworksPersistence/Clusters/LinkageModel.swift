import ClusterworksDomain
import FluentKit
import Foundation

public final class LinkageModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "linkages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "from_actor_id") public var fromActorId: UUID
    @Field(key: "tie_type") public var tieType: String
    @Field(key: "to_actor_id") public var toActorId: UUID
    @Field(key: "status") public var status: String
    @Field(key: "recorded_on") public var recordedOn: String
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $clusterId, $fromActorId, $tieType, $toActorId, $status, $recordedOn, $note, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { LinkageSchema.schema }
    public var title: Phrase { L("\(TieType(rawValue: tieType)?.label ?? .verbatim(tieType)) tie (\(date: recordedOn))") }
    public static let defaultSort: FieldKey = "recorded_on"

    public var tie: LinkageMap.Tie? {
        guard let id, let type = TieType(rawValue: tieType), let status = TieStatus(rawValue: status),
              let on = CalendarDate(recordedOn) else { return nil }
        return .init(id: id, from: fromActorId, to: toActorId, type: type, status: status, recordedOn: on)
    }

    public static let columns = RecordColumns<LinkageModel>([
        .reference("fromActorId", \.$fromActorId),
        .text("tieType", \.$tieType).sorted().filtered(),
        .reference("toActorId", \.$toActorId),
        .text("status", \.$status).sorted().filtered(),
        .date("recordedOn", \.$recordedOn).sorted(),
        .text("note", \.$note).searched(),
    ])
}
