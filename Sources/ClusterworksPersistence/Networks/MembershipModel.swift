import ClusterworksDomain
import FluentKit
import Foundation

public final class MembershipModel: SchemaRecord, Timestamped, @unchecked Sendable {
    public static let schema = "memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "network_id") public var network: NetworkModel
    @Parent(key: "actor_id") public var actor: ActorModel
    @Field(key: "role") public var role: String
    @Field(key: "joined_on") public var joinedOn: String
    @OptionalField(key: "left_on") public var leftOn: String?
    @OptionalField(key: "leaving_reason") public var leavingReason: String?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { MembershipSchema.schema }
    public var title: String { $actor.value?.name ?? "Membership" }
    public static let searchColumns: [FieldKey] = ["notes"]
    public static let sortColumns: [String: FieldKey] = ["joinedOn": "joined_on", "leftOn": "left_on", "role": "role"]
    public static let defaultSort: FieldKey = "joined_on"
    public static let filterColumns: [String: FieldKey] = ["role": "role", "actorId": "actor_id"]

    public var period: MembershipPeriod? {
        guard let joined = CalendarDate(joinedOn) else { return nil }
        return MembershipPeriod(id: id, actorId: $actor.id, joinedOn: joined, leftOn: leftOn.flatMap(CalendarDate.init))
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("actorId", $actor.id); v.put("role", role); v.put("joinedOn", date: joinedOn)
        v.put("leftOn", date: leftOn); v.put("leavingReason", leavingReason); v.put("notes", notes)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let actor = v.uuid("actorId") { $actor.id = actor }
        role = v.text("role") ?? MembershipRole.member.rawValue
        joinedOn = v.dateText("joinedOn") ?? ""
        leftOn = v.dateText("leftOn"); leavingReason = v.text("leavingReason"); notes = v.text("notes")
    }
}
