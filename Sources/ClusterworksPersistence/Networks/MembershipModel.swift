import ClusterworksDomain
import FluentKit
import Foundation

public final class MembershipModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "network_id") public var network: NetworkModel
    @Parent(key: "actor_id") public var actor: ActorModel
    @StoredChoice(key: "role") public var role: MembershipRole
    @Field(key: "joined_on") public var joinedOn: String
    @OptionalField(key: "left_on") public var leftOn: String?
    @OptionalField(key: "leaving_reason") public var leavingReason: String?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $network, $actor, $role, $joinedOn, $leftOn, $leavingReason, $notes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { MembershipSchema.schema }
    public var title: Phrase { $actor.value.map { .verbatim($0.name) } ?? L("Membership") }
    public static let defaultSort: FieldKey = "joined_on"

    public var period: MembershipPeriod? {
        guard let joined = CalendarDate(joinedOn) else { return nil }
        return MembershipPeriod(id: id, actorId: $actor.id, joinedOn: joined, leftOn: leftOn.flatMap(CalendarDate.init))
    }

    public static let columns = RecordColumns<MembershipModel>([
        .reference("actorId", \.$actor).filtered(),
        .choice("role", \.$role, absent: .value(.member)).sorted().filtered(),
        .date("joinedOn", \.$joinedOn).sorted(),
        .date("leftOn", \.$leftOn).sorted(),
        .text("leavingReason", \.$leavingReason),
        .text("notes", \.$notes).searched(),
    ])
}
