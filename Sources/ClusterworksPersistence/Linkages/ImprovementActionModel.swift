import ClusterworksDomain
import FluentKit
import Foundation

public final class ImprovementActionModel: NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "improvement_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "plan_id") public var planId: UUID
    @Field(key: "category") public var category: String
    @Field(key: "title") public var titleText: String
    @Field(key: "owner") public var owner: String
    @Field(key: "start_on") public var startOn: String
    @Field(key: "end_on") public var endOn: String
    @OptionalField(key: "cost") public var cost: Double?
    @OptionalField(key: "payer") public var payer: String?
    @Field(key: "status") public var status: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ImprovementActionSchema.schema }
    public var title: String { titleText }
    public static let searchColumns: [FieldKey] = ["title", "owner"]
    public static let sortColumns: [String: FieldKey] = ["startOn": "start_on", "category": "category"]
    public static let defaultSort: FieldKey = "start_on"
    public static let filterColumns: [String: FieldKey] = ["planId": "plan_id", "category": "category"]
    public var ordered: ImprovementPlanOrder.Action? {
        guard let id, let c = ImprovementCategory(rawValue: category) else { return nil }
        return .init(id: id, title: titleText, category: c, start: CalendarDate(startOn), end: CalendarDate(endOn))
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("planId", planId); v.put("category", category); v.put("title", titleText); v.put("owner", owner)
        v.put("startOn", date: startOn); v.put("endOn", date: endOn); v.put("cost", cost); v.put("payer", payer); v.put("status", status)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let p = v.uuid("planId") { planId = p }
        category = v.text("category") ?? ""; titleText = v.text("title") ?? ""; owner = v.text("owner") ?? ""
        startOn = v.dateText("startOn") ?? ""; endOn = v.dateText("endOn") ?? ""; cost = v.double("cost"); payer = v.text("payer"); status = v.text("status") ?? ""
    }
}
