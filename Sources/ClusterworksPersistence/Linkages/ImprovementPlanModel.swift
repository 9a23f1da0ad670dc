import ClusterworksDomain
import FluentKit
import Foundation

public final class ImprovementPlanModel: NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "improvement_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "firm_id") public var firmId: UUID
    @Field(key: "start_on") public var startOn: String
    @Field(key: "end_on") public var endOn: String
    @Field(key: "objectives") public var objectives: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ImprovementPlanSchema.schema }
    public var title: String { "Improvement plan from \(startOn)" }
    public static let searchColumns: [FieldKey] = ["objectives"]
    public static let sortColumns: [String: FieldKey] = ["startOn": "start_on"]
    public static let defaultSort: FieldKey = "start_on"
    public static let filterColumns: [String: FieldKey] = ["firmId": "firm_id"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("firmId", firmId); v.put("startOn", date: startOn); v.put("endOn", date: endOn); v.put("objectives", lines: objectives)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let f = v.uuid("firmId") { firmId = f }
        startOn = v.dateText("startOn") ?? ""; endOn = v.dateText("endOn") ?? ""; objectives = v.lines("objectives")
    }
}
