import ClusterworksDomain
import FluentKit
import Foundation

public final class ActionModel: ColumnTable, RecordWithLinks, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "plan_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "title") public var titleText: String
    @OptionalField(key: "objective") public var objective: String?
    @Field(key: "type") public var type: String
    @OptionalField(key: "lead_actor_id") public var leadActorId: UUID?
    @Children(for: \.$owner) public var partnerList: [ListedReference<ActionPartners>]
    @OptionalField(key: "start_on") public var startOn: String?
    @OptionalField(key: "end_on") public var endOn: String?
    @StoredChoice(key: "status") public var actionStatus: ActionStatus
    @OptionalField(key: "percent_complete") public var percentComplete: Int?
    @OptionalField(key: "expected_outputs") public var expectedOutputs: String?
    @OptionalField(key: "achieved_outputs") public var achievedOutputs: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $titleText, $objective, $type, $leadActorId, $partnerList, $startOn, $endOn, $actionStatus, $percentComplete, $expectedOutputs, $achievedOutputs, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ActionSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "title"

    public var snapshot: PlanSnapshot.Action? {
        id.map { .init(id: $0, title: titleText, type: type, status: actionStatus, percentComplete: percentComplete) }
    }

    public static let columns = RecordColumns<ActionModel>([
        .text("title", \.$titleText).sorted().searched(),
        .text("objective", \.$objective).searched(),
        .text("type", \.$type).sorted().filtered(),
        .reference("leadActorId", \.$leadActorId),
        .references("partnerIds", \.$partnerList),
        .date("startOn", \.$startOn).sorted(),
        .date("endOn", \.$endOn),
        .choice("status", \.$actionStatus, absent: .value(.planned)).sorted().filtered(),
        .int("percentComplete", \.$percentComplete),
        .text("expectedOutputs", \.$expectedOutputs).searched(),
        .text("achievedOutputs", \.$achievedOutputs).searched(),
    ])
}
