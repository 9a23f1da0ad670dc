import ClusterworksDomain
import FluentKit
import Foundation

public final class ActionPlanModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "action_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "vision") public var vision: String
    @Field(key: "objectives") public var objectives: String
    @Field(key: "adopted_on") public var adoptedOn: String
    @OptionalField(key: "horizon_end") public var horizonEnd: String?
    @Field(key: "currency") public var currency: String
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ActionPlanSchema.schema }
    public var title: String { "Action plan, version \(version)" }
    public static let searchColumns: [FieldKey] = ["vision", "objectives"]
    public static let sortColumns: [String: FieldKey] = ["adoptedOn": "adopted_on"]
    public static let defaultSort: FieldKey = "adopted_on"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("vision", vision); v.put("objectives", lines: objectives); v.put("adoptedOn", date: adoptedOn)
        v.put("horizonEnd", date: horizonEnd); v.put("currency", currency); v.put("version", version)
        return v
    }

    /// The version moves on only with a review.
    public func apply(_ v: RecordValues) {
        vision = v.text("vision") ?? ""; objectives = v.lines("objectives"); adoptedOn = v.dateText("adoptedOn") ?? ""
        horizonEnd = v.dateText("horizonEnd"); currency = v.text("currency") ?? "USD"
        if id == nil { version = 1 }
    }
}
