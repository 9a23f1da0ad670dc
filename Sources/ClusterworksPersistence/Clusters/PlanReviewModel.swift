import ClusterworksDomain
import FluentKit
import Foundation

/// A plan–do–check–act review, with the plan as it stood (the version it closed) and the progress
/// reported per action, both kept as JSON so that old versions read exactly as they were.
public final class PlanReviewModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "plan_reviews"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "reviewed_on") public var reviewedOn: String
    @OptionalField(key: "participants") public var participants: String?
    @Field(key: "checked") public var checked: String
    @Field(key: "learned") public var learned: String
    @Field(key: "changes") public var changes: String
    @Field(key: "progress") public var progressJSON: String
    @Field(key: "snapshot") public var snapshotJSON: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $version, $reviewedOn, $participants, $checked, $learned, $changes, $progressJSON, $snapshotJSON, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { PlanReviewSchema.schema }
    public var title: Phrase { L("Review of version \(version) (\(date: reviewedOn))") }
    public static let defaultSort: FieldKey = "version"

    public var progress: [ActionProgress] { (try? JSONDecoder().decode([ActionProgress].self, from: Data(progressJSON.utf8))) ?? [] }
    public var snapshot: PlanSnapshot? { try? JSONDecoder().decode(PlanSnapshot.self, from: Data(snapshotJSON.utf8)) }

    public func store(progress: [ActionProgress], snapshot: PlanSnapshot) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        progressJSON = String(decoding: try encoder.encode(progress), as: UTF8.self)
        snapshotJSON = String(decoding: try encoder.encode(snapshot), as: UTF8.self)
    }

    public static let columns = RecordColumns<PlanReviewModel>([
        .date("reviewedOn", \.$reviewedOn).sorted(),
        .int("version", \.$version).readOnly().sorted(),
        .text("participants", \.$participants),
        .text("checked", \.$checked).searched(),
        .text("learned", \.$learned).searched(),
        .text("changes", \.$changes).searched(),
    ])
}
