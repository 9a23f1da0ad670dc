import ClusterworksDomain
import FluentKit
import Foundation

public final class ContributionModel: ClusterPart, PledgedContribution, Timestamped, @unchecked Sendable {
    public static let schema = "contributions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "action_id") public var actionId: UUID
    @Field(key: "funder_name") public var funderName: String
    @OptionalField(key: "funder_actor_id") public var funderActorId: UUID?
    @Field(key: "funder_kind") public var funderKind: String
    @Field(key: "form") public var form: String
    @Field(key: "pledged") public var pledged: Double
    @Field(key: "pledged_on") public var pledgedOn: String
    @OptionalField(key: "paid") public var paid: Double?
    @OptionalField(key: "paid_on") public var paidOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { ContributionSchema.schema }
    public var title: String { "\(funderName): \(FieldValue.decimal(pledged).display) pledged" }
    public static let searchColumns: [FieldKey] = ["funder_name"]
    public static let sortColumns: [String: FieldKey] = ["funderName": "funder_name", "pledged": "pledged", "funderKind": "funder_kind"]
    public static let defaultSort: FieldKey = "pledged_on"
    public static let filterColumns: [String: FieldKey] = ["funderKind": "funder_kind", "actionId": "action_id"]


    public var values: RecordValues {
        var v = RecordValues()
        v.put("actionId", actionId); v.put("funderName", funderName); v.put("funderActorId", funderActorId)
        v.put("funderKind", funderKind); v.put("form", form); v.put("pledged", pledged); v.put("pledgedOn", date: pledgedOn)
        v.put("paid", paid); v.put("paidOn", date: paidOn)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let a = v.uuid("actionId") { actionId = a }
        funderName = v.text("funderName") ?? ""; funderActorId = v.uuid("funderActorId"); funderKind = v.text("funderKind") ?? ""
        form = v.text("form") ?? ContributionForm.cash.rawValue; pledged = v.double("pledged") ?? 0
        pledgedOn = v.dateText("pledgedOn") ?? ""; paid = v.double("paid"); paidOn = v.dateText("paidOn")
    }
}
