import ClusterworksDomain
import FluentKit
import Foundation

public final class ProjectContributionModel: ColumnTable, NetworkPart, PledgedContribution, Timestamped, @unchecked Sendable {
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

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $jointProjectId, $funderName, $funderActorId, $funderKind, $form, $pledged, $pledgedOn, $paid, $paidOn, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ContributionSchema.forJointProjects }
    public var title: Phrase { .verbatim(pledgeTitle) }
    public static let defaultSort: FieldKey = "pledged_on"

    public static let columns = RecordColumns<ProjectContributionModel>([
        .reference("jointProjectId", \.$jointProjectId).filtered(),
        .text("funderName", \.$funderName).sorted().searched(),
        .reference("funderActorId", \.$funderActorId),
        .text("funderKind", \.$funderKind).filtered(),
        .text("form", \.$form, absent: .value(ContributionForm.cash.rawValue)),
        .decimal("pledged", \.$pledged).sorted(),
        .date("pledgedOn", \.$pledgedOn),
        .decimal("paid", \.$paid),
        .date("paidOn", \.$paidOn),
    ])
}
