import ClusterworksDomain
import FluentKit
import Foundation

public final class PerceptionModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "perceptions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "diagnostic_id") public var diagnosticId: UUID
    @Field(key: "theme") public var theme: String
    @Field(key: "stakeholder_group") public var stakeholderGroup: String
    @Field(key: "severity") public var severity: String
    @Field(key: "statement") public var statement: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { PerceptionSchema.schema }
    public var title: String { "\(theme): \(StakeholderGroup(rawValue: stakeholderGroup)?.label ?? stakeholderGroup)" }
    public static let searchColumns: [FieldKey] = ["theme", "statement"]
    public static let sortColumns: [String: FieldKey] = ["theme": "theme", "stakeholderGroup": "stakeholder_group"]
    public static let defaultSort: FieldKey = "theme"
    public static let filterColumns: [String: FieldKey] = ["diagnosticId": "diagnostic_id"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("diagnosticId", diagnosticId); v.put("theme", theme); v.put("stakeholderGroup", stakeholderGroup)
        v.put("severity", severity); v.put("statement", statement)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let d = v.uuid("diagnosticId") { diagnosticId = d }
        theme = v.text("theme") ?? ""; stakeholderGroup = v.text("stakeholderGroup") ?? ""
        severity = v.text("severity") ?? ""; statement = v.text("statement") ?? ""
    }
}
