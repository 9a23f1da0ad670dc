import ClusterworksDomain
import FluentKit
import Foundation

public final class HandoverPlanModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "handover_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "institution_id") public var institutionId: UUID
    @Field(key: "agreed_on") public var agreedOn: String
    @Field(key: "takeover_on") public var takeoverOn: String
    @OptionalField(key: "broker_name") public var brokerName: String?
    @OptionalField(key: "governance") public var governance: String?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { HandoverPlanSchema.schema }
    public var title: String { "Handover plan (agreed \(agreedOn))" }
    public static let searchColumns: [FieldKey] = ["governance", "notes"]
    public static let sortColumns: [String: FieldKey] = ["agreedOn": "agreed_on"]
    public static let defaultSort: FieldKey = "agreed_on"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("institutionId", institutionId); v.put("agreedOn", date: agreedOn); v.put("takeoverOn", date: takeoverOn)
        v.put("brokerName", brokerName); v.put("governance", governance); v.put("notes", notes)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let i = v.uuid("institutionId") { institutionId = i }
        agreedOn = v.dateText("agreedOn") ?? ""; takeoverOn = v.dateText("takeoverOn") ?? ""
        brokerName = v.text("brokerName"); governance = v.text("governance"); notes = v.text("notes")
    }
}
