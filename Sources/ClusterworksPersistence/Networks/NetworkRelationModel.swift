import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkRelationModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "network_relations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "type") public var type: String
    @Field(key: "actor_id") public var actorId: UUID
    @OptionalField(key: "since") public var since: String?
    @OptionalField(key: "description") public var description: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $type, $actorId, $since, $description, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { NetworkRelationSchema.schema }
    public var title: Phrase { NetworkRelationType(rawValue: type)?.label ?? .verbatim(type) }
    public static let defaultSort: FieldKey = "since"

    public static let columns = RecordColumns<NetworkRelationModel>([
        .text("type", \.$type).sorted(),
        .reference("actorId", \.$actorId),
        .date("since", \.$since).sorted(),
        .text("description", \.$description).searched(),
    ])
}
