import ClusterworksDomain
import FluentKit
import Foundation

public final class ContributionModel: ColumnTable, ClusterPart, PledgedContribution, Timestamped, @unchecked Sendable {
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

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $actionId, $funderName, $funderActorId, $funderKind, $form, $pledged, $pledgedOn, $paid, $paidOn, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ContributionSchema.schema }
    public var title: Phrase { .verbatim(pledgeTitle) }
    public static let defaultSort: FieldKey = "pledged_on"

    public static let columns = RecordColumns<ContributionModel>([
        .reference("actionId", \.$actionId).filtered(),
        .text("funderName", \.$funderName).sorted().searched(),
        .reference("funderActorId", \.$funderActorId),
        .text("funderKind", \.$funderKind).sorted().filtered(),
        .text("form", \.$form, absent: .value(ContributionForm.cash.rawValue)),
        .decimal("pledged", \.$pledged).sorted(),
        .date("pledgedOn", \.$pledgedOn),
        .decimal("paid", \.$paid),
        .date("paidOn", \.$paidOn),
    ])
}
