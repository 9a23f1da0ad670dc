import ClusterworksDomain
import FluentKit
import Foundation

/// What two cooperating clusters did under their agreement.
public final class CooperationActivityModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "cooperation_activities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "agreement_id") public var agreementId: UUID
    @Field(key: "type") public var type: String
    @Field(key: "title") public var titleText: String
    @Field(key: "starts_on") public var startsOn: String
    @OptionalField(key: "ends_on") public var endsOn: String?
    @Field(key: "participants") public var participants: String
    @OptionalField(key: "participant_count") public var participantCount: Int?
    @OptionalField(key: "cost") public var cost: Double?
    @OptionalField(key: "partner_share") public var partnerShare: Double?
    @OptionalField(key: "results") public var results: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $agreementId, $type, $titleText, $startsOn, $endsOn, $participants, $participantCount, $cost, $partnerShare, $results, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { CooperationActivitySchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "starts_on"

    public static let columns = RecordColumns<CooperationActivityModel>([
        .reference("agreementId", \.$agreementId).filtered(),
        .text("type", \.$type).sorted().filtered(),
        .text("title", \.$titleText).sorted(),
        .date("startsOn", \.$startsOn).sorted(),
        .date("endsOn", \.$endsOn).sorted(),
        .lines("participants", \.$participants),
        .int("participantCount", \.$participantCount).sorted(),
        .decimal("cost", \.$cost),
        .decimal("partnerShare", \.$partnerShare),
        .text("results", \.$results),
    ])
}
