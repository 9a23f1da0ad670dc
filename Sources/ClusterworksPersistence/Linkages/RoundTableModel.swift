import ClusterworksDomain
import FluentKit
import Foundation

public final class RoundTableModel: ColumnTable, RecordWithLinks, NetworkPart, MeetingRecord, Timestamped, @unchecked Sendable {
    public static let schema = "round_tables"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "title") public var titleText: String
    @Field(key: "held_on") public var heldOn: String
    @OptionalField(key: "ended_on") public var endedOn: String?
    @OptionalField(key: "place") public var place: String?
    @OptionalField(key: "purpose") public var purpose: String?
    @Children(for: \.$owner) public var actorList: [ListedReference<RoundTableActors>]
    @Children(for: \.$owner) public var personList: [ListedReference<RoundTablePersons>]
    @OptionalField(key: "women") public var women: Int?
    @OptionalField(key: "men") public var men: Int?
    @OptionalField(key: "outcomes") public var outcomes: String?
    @Field(key: "agreed_requirements") public var agreedRequirements: String
    @Field(key: "improvement_areas") public var improvementAreas: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $titleText, $heldOn, $endedOn, $place, $purpose, $actorList, $personList, $women, $men, $outcomes, $agreedRequirements, $improvementAreas, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { RoundTableSchema.schema }
    public var title: Phrase { .verbatim(meetingTitle) }
    public static let defaultSort: FieldKey = "held_on"

    public static let columns = RecordColumns<RoundTableModel>([
        .text("title", \.$titleText).searched(),
        .date("heldOn", \.$heldOn).sorted(),
        .date("endedOn", \.$endedOn),
        .text("place", \.$place),
        .text("purpose", \.$purpose),
        .references("actorIds", \.$actorList),
        .references("personIds", \.$personList),
        .int("women", \.$women),
        .int("men", \.$men),
        .text("outcomes", \.$outcomes),
        .lines("agreedRequirements", \.$agreedRequirements).searched(),
        .lines("improvementAreas", \.$improvementAreas).searched(),
    ])
}
