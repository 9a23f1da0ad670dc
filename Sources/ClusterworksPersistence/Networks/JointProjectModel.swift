import ClusterworksDomain
import FluentKit
import Foundation

public final class JointProjectModel: ColumnTable, RecordWithLinks, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "joint_projects"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "title") public var titleText: String
    @Field(key: "scale") public var scale: String
    @Field(key: "type") public var type: String
    @Children(for: \.$owner) public var participantList: [ListedReference<JointProjectParticipants>]
    @OptionalField(key: "start_on") public var startOn: String?
    @OptionalField(key: "end_on") public var endOn: String?
    @Field(key: "status") public var status: String
    @OptionalField(key: "description") public var description: String?
    @OptionalField(key: "results") public var results: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $titleText, $scale, $type, $participantList, $startOn, $endOn, $status, $description, $results, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { JointProjectSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "start_on"

    public static let columns = RecordColumns<JointProjectModel>([
        .text("title", \.$titleText).sorted().searched(),
        .text("scale", \.$scale).sorted().filtered(),
        .text("type", \.$type).filtered(),
        .references("participantIds", \.$participantList),
        .date("startOn", \.$startOn).sorted(),
        .date("endOn", \.$endOn),
        .text("status", \.$status).sorted().filtered(),
        .text("description", \.$description).searched(),
        .text("results", \.$results).searched(),
    ])
}
