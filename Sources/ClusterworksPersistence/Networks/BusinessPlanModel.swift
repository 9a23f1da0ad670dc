import ClusterworksDomain
import FluentKit
import Foundation

public final class BusinessPlanModel: NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "business_plans"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "title") public var titleText: String
    @Field(key: "objectives") public var objectives: String
    @Field(key: "joint_activities") public var jointActivities: String
    @OptionalField(key: "budget") public var budget: Double?
    @OptionalField(key: "currency") public var currency: String?
    @OptionalField(key: "period_start") public var periodStart: String?
    @OptionalField(key: "period_end") public var periodEnd: String?
    @OptionalField(key: "adopted_on") public var adoptedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { BusinessPlanSchema.schema }
    public var title: String { "\(titleText), version \(version)" }
    public static let searchColumns: [FieldKey] = ["title", "objectives"]
    public static let sortColumns: [String: FieldKey] = ["version": "version", "adoptedOn": "adopted_on"]
    public static let defaultSort: FieldKey = "version"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("title", titleText); v.put("version", version); v.put("objectives", lines: objectives)
        v.put("jointActivities", lines: jointActivities); v.put("budget", budget); v.put("currency", currency)
        v.put("periodStart", date: periodStart); v.put("periodEnd", date: periodEnd); v.put("adoptedOn", date: adoptedOn)
        return v
    }

    public func apply(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; objectives = v.lines("objectives"); jointActivities = v.lines("jointActivities")
        budget = v.double("budget"); currency = v.text("currency"); periodStart = v.dateText("periodStart")
        periodEnd = v.dateText("periodEnd"); adoptedOn = v.dateText("adoptedOn")
    }
}
