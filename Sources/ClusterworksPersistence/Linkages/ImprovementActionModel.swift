import ClusterworksDomain
import FluentKit
import Foundation

public final class ImprovementActionModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
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

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $planId, $category, $titleText, $owner, $startOn, $endOn, $cost, $payer, $status, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ImprovementActionSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "start_on"
    public var ordered: ImprovementPlanOrder.Action? {
        guard let id, let c = ImprovementCategory(rawValue: category) else { return nil }
        return .init(id: id, title: titleText, category: c, start: CalendarDate(startOn), end: CalendarDate(endOn))
    }

    public static let columns = RecordColumns<ImprovementActionModel>([
        .reference("planId", \.$planId).filtered(),
        .text("category", \.$category).sorted().filtered(),
        .text("title", \.$titleText).searched(),
        .text("owner", \.$owner).searched(),
        .date("startOn", \.$startOn).sorted(),
        .date("endOn", \.$endOn),
        .decimal("cost", \.$cost),
        .text("payer", \.$payer),
        .text("status", \.$status),
    ])
}
