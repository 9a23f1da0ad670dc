import ClusterworksDomain
import FluentKit
import Foundation

public final class ChainStageModel: ColumnTable, RecordWithLinks, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "chain_stages"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "diagnostic_id") public var diagnosticId: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "name") public var name: String
    @OptionalField(key: "actors") public var actors: String?
    @Children(for: \.$owner) public var actorList: [ListedReference<ChainStageActors>]
    @Field(key: "bottlenecks") public var bottlenecks: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $diagnosticId, $position, $name, $actors, $actorList, $bottlenecks, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ChainStageSchema.schema }
    public var title: Phrase { .verbatim("\(position). \(name)") }
    public static let defaultSort: FieldKey = "position"

    public static let columns = RecordColumns<ChainStageModel>([
        .reference("diagnosticId", \.$diagnosticId).filtered(),
        .int("position", \.$position, absent: .value(1)).sorted(),
        .text("name", \.$name).sorted().searched(),
        .text("actors", \.$actors),
        .references("actorIds", \.$actorList),
        .lines("bottlenecks", \.$bottlenecks).searched(),
    ])
}
