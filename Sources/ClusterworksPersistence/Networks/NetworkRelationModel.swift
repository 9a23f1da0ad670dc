import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkRelationModel: NetworkPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { NetworkRelationSchema.schema }
    public var title: String { NetworkRelationType(rawValue: type)?.label ?? type }
    public static let searchColumns: [FieldKey] = ["description"]
    public static let sortColumns: [String: FieldKey] = ["type": "type", "since": "since"]
    public static let defaultSort: FieldKey = "since"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("type", type); v.put("actorId", actorId); v.put("since", date: since); v.put("description", description)
        return v
    }

    public func apply(_ v: RecordValues) {
        type = v.text("type") ?? ""; if let a = v.uuid("actorId") { actorId = a }; since = v.dateText("since"); description = v.text("description")
    }
}
