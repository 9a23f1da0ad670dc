import ClusterworksDomain
import FluentKit
import Foundation

public final class LinkageModel: ClusterPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { LinkageSchema.schema }
    public var title: String { "\(TieType(rawValue: tieType)?.label ?? tieType) tie (\(recordedOn))" }
    public static let searchColumns: [FieldKey] = ["note"]
    public static let sortColumns: [String: FieldKey] = ["recordedOn": "recorded_on", "status": "status", "tieType": "tie_type"]
    public static let defaultSort: FieldKey = "recorded_on"
    public static let filterColumns: [String: FieldKey] = ["status": "status", "tieType": "tie_type"]

    public var tie: LinkageMap.Tie? {
        guard let id, let type = TieType(rawValue: tieType), let status = TieStatus(rawValue: status),
              let on = CalendarDate(recordedOn) else { return nil }
        return .init(id: id, from: fromActorId, to: toActorId, type: type, status: status, recordedOn: on)
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("fromActorId", fromActorId); v.put("tieType", tieType); v.put("toActorId", toActorId)
        v.put("status", status); v.put("recordedOn", date: recordedOn); v.put("note", note)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let a = v.uuid("fromActorId") { fromActorId = a }
        if let b = v.uuid("toActorId") { toActorId = b }
        tieType = v.text("tieType") ?? ""; status = v.text("status") ?? ""
        recordedOn = v.dateText("recordedOn") ?? ""; note = v.text("note")
    }
}
