import ClusterworksDomain
import FluentKit
import Foundation

public final class ActionModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "plan_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "title") public var titleText: String
    @OptionalField(key: "objective") public var objective: String?
    @Field(key: "type") public var type: String
    @OptionalField(key: "lead_actor_id") public var leadActorId: UUID?
    @Field(key: "partner_ids") public var partnerIds: String
    @OptionalField(key: "start_on") public var startOn: String?
    @OptionalField(key: "end_on") public var endOn: String?
    @StoredChoice(key: "status") public var actionStatus: ActionStatus
    @OptionalField(key: "percent_complete") public var percentComplete: Int?
    @OptionalField(key: "expected_outputs") public var expectedOutputs: String?
    @OptionalField(key: "achieved_outputs") public var achievedOutputs: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ActionSchema.schema }
    public var title: String { titleText }
    public static let searchColumns: [FieldKey] = ["title", "objective", "expected_outputs", "achieved_outputs"]
    public static let sortColumns: [String: FieldKey] = ["title": "title", "startOn": "start_on", "status": "status", "type": "type"]
    public static let defaultSort: FieldKey = "title"
    public static let filterColumns: [String: FieldKey] = ["status": "status", "type": "type"]


    public var snapshot: PlanSnapshot.Action? {
        id.map { .init(id: $0, title: titleText, type: type, status: actionStatus, percentComplete: percentComplete) }
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("title", titleText); v.put("objective", objective); v.put("type", type); v.put("leadActorId", leadActorId)
        v.put("partnerIds", lines: partnerIds); v.put("startOn", date: startOn); v.put("endOn", date: endOn)
        v.put("status", actionStatus.rawValue); v.put("percentComplete", percentComplete)
        v.put("expectedOutputs", expectedOutputs); v.put("achievedOutputs", achievedOutputs)
        return v
    }

    public func apply(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; objective = v.text("objective"); type = v.text("type") ?? ""
        leadActorId = v.uuid("leadActorId"); partnerIds = v.lines("partnerIds")
        startOn = v.dateText("startOn"); endOn = v.dateText("endOn"); actionStatus = v.choice("status") ?? .planned
        percentComplete = v.int("percentComplete"); expectedOutputs = v.text("expectedOutputs"); achievedOutputs = v.text("achievedOutputs")
    }
}
