import ClusterworksDomain
import FluentKit
import Foundation

/// An idea a participant took home, and its follow-up.
public final class ActionIdeaModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "action_ideas"

    @ID(key: .id) public var id: UUID?
    @Field(key: "participant_id") public var participantId: UUID
    @Field(key: "idea") public var idea: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "followed_up_on") public var followedUpOn: String?
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $participantId, $idea, $status, $followedUpOn, $note, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ActionIdeaSchema.schema }
    public var title: Phrase { .verbatim(String(idea.prefix(80))) }
    public static let defaultSort: FieldKey = "created_at"

    public static let columns = RecordColumns<ActionIdeaModel>([
        .reference("participantId", \.$participantId).filtered(),
        .text("idea", \.$idea),
        .text("status", \.$status).sorted().filtered(),
        .date("followedUpOn", \.$followedUpOn).sorted(),
        .text("note", \.$note),
    ])
}
