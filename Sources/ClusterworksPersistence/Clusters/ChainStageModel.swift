import ClusterworksDomain
import FluentKit
import Foundation

public final class ChainStageModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "chain_stages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "diagnostic_id") public var diagnosticId: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @OptionalField(key: "actors") public var actors: String?
    @Field(key: "actor_ids") public var actorIds: String
    @Field(key: "bottlenecks") public var bottlenecks: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ChainStageSchema.schema }
    public var title: String { "\(position). \(name)" }
    public static let searchColumns: [FieldKey] = ["name", "bottlenecks"]
    public static let sortColumns: [String: FieldKey] = ["position": "position", "name": "name"]
    public static let defaultSort: FieldKey = "position"
    public static let filterColumns: [String: FieldKey] = ["diagnosticId": "diagnostic_id"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("diagnosticId", diagnosticId); v.put("position", position); v.put("name", name)
        v.put("actors", actors); v.put("actorIds", lines: actorIds); v.put("bottlenecks", lines: bottlenecks)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let d = v.uuid("diagnosticId") { diagnosticId = d }
        position = v.int("position") ?? 1; name = v.text("name") ?? ""; actors = v.text("actors")
        actorIds = v.lines("actorIds"); bottlenecks = v.lines("bottlenecks")
    }
}
