import ClusterworksDomain
import FluentKit
import Foundation

public final class ProjectContributionModel: NetworkPart, PledgedContribution, Timestamped, @unchecked Sendable {
    public static let schema = "project_contributions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "joint_project_id") public var jointProjectId: UUID
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

    public static var recordSchema: RecordSchema { ContributionSchema.forJointProjects }
    public var title: String { pledgeTitle }
    public static let searchColumns: [FieldKey] = ["funder_name"]
    public static let sortColumns: [String: FieldKey] = ["funderName": "funder_name", "pledged": "pledged"]
    public static let defaultSort: FieldKey = "pledged_on"
    public static let filterColumns: [String: FieldKey] = ["jointProjectId": "joint_project_id", "funderKind": "funder_kind"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("jointProjectId", jointProjectId)
        putPledge(into: &v)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let p = v.uuid("jointProjectId") { jointProjectId = p }
        applyPledge(v)
    }
}
