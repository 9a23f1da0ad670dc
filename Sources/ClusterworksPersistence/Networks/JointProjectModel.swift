import ClusterworksDomain
import FluentKit
import Foundation

public final class JointProjectModel: NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "joint_projects"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "title") public var titleText: String
    @Field(key: "scale") public var scale: String
    @Field(key: "type") public var type: String
    @Field(key: "participant_ids") public var participantIds: String
    @OptionalField(key: "start_on") public var startOn: String?
    @OptionalField(key: "end_on") public var endOn: String?
    @Field(key: "status") public var status: String
    @OptionalField(key: "description") public var description: String?
    @OptionalField(key: "results") public var results: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { JointProjectSchema.schema }
    public var title: String { titleText }
    public static let searchColumns: [FieldKey] = ["title", "description", "results"]
    public static let sortColumns: [String: FieldKey] = ["title": "title", "startOn": "start_on", "status": "status", "scale": "scale"]
    public static let defaultSort: FieldKey = "start_on"
    public static let filterColumns: [String: FieldKey] = ["status": "status", "scale": "scale", "type": "type"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("title", titleText); v.put("scale", scale); v.put("type", type); v.put("participantIds", lines: participantIds)
        v.put("startOn", date: startOn); v.put("endOn", date: endOn); v.put("status", status)
        v.put("description", description); v.put("results", results)
        return v
    }

    public func apply(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; scale = v.text("scale") ?? ""; type = v.text("type") ?? ""
        participantIds = v.lines("participantIds"); startOn = v.dateText("startOn"); endOn = v.dateText("endOn")
        status = v.text("status") ?? ""; description = v.text("description"); results = v.text("results")
    }
}
