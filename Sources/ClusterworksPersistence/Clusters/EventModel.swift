import ClusterworksDomain
import FluentKit
import Foundation

public final class EventModel: ColumnTable, RecordWithLinks, ClusterPart, MeetingRecord, Timestamped, @unchecked Sendable {
    public static let schema = "cluster_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "type") public var type: String
    @Field(key: "title") public var titleText: String
    @Field(key: "held_on") public var heldOn: String
    @OptionalField(key: "ended_on") public var endedOn: String?
    @OptionalField(key: "place") public var place: String?
    @OptionalField(key: "purpose") public var purpose: String?
    @Children(for: \.$owner) public var actorList: [ListedReference<EventActors>]
    @Children(for: \.$owner) public var personList: [ListedReference<EventPersons>]
    @OptionalField(key: "women") public var women: Int?
    @OptionalField(key: "men") public var men: Int?
    /// Participants by stakeholder group, a `group=count` line each.
    @Field(key: "group_counts") public var groupCounts: String
    @OptionalField(key: "outcomes") public var outcomes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $type, $titleText, $heldOn, $endedOn, $place, $purpose, $actorList, $personList, $women, $men, $groupCounts, $outcomes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { EventSchema.schema }
    public var title: Phrase { .verbatim(meetingTitle) }
    public static let defaultSort: FieldKey = "held_on"

    public var participation: ParticipationSeries.Event? {
        CalendarDate(heldOn).map { .init(heldOn: $0, actors: values.ids("actorIds"), participants: EventSchema.participants(values)) }
    }

    public static let columns = RecordColumns<EventModel>([
        .text("type", \.$type).sorted().filtered(),
        .text("title", \.$titleText).sorted().searched(),
        .date("heldOn", \.$heldOn).sorted(),
        .date("endedOn", \.$endedOn),
        .text("place", \.$place).searched(),
        .text("purpose", \.$purpose).searched(),
        .references("actorIds", \.$actorList),
        .references("personIds", \.$personList),
        .int("women", \.$women),
        .int("men", \.$men),
        .text("outcomes", \.$outcomes).searched(),
        .rule(put: { event, v in
            for line in event.groupCounts.split(separator: "\n") {
                let parts = line.split(separator: "=")
                if parts.count == 2, let g = StakeholderGroup(rawValue: String(parts[0])), let n = Int(parts[1]) { v[g.countKey] = .integer(n) }
            }
        }, take: { event, v in
            event.groupCounts = StakeholderGroup.allCases.compactMap { g in v[g.countKey]?.integer.map { "\(g.rawValue)=\($0)" } }.joined(separator: "\n")
        }),
    ])
}
