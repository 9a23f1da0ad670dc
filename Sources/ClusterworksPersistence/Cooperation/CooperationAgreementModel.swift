import ClusterworksDomain
import FluentKit
import Foundation

/// Two clusters' agreement to cooperate.
public final class CooperationAgreementModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "cooperation_agreements"

    @ID(key: .id) public var id: UUID?
    @Field(key: "title") public var titleText: String
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "partner_cluster_id") public var partnerClusterId: UUID
    @Field(key: "purpose") public var purpose: String
    @Field(key: "starts_on") public var startsOn: String
    @OptionalField(key: "ends_on") public var endsOn: String?
    @OptionalField(key: "contact_institution_id") public var contactInstitutionId: UUID?
    @OptionalField(key: "partner_contact_institution_id") public var partnerContactInstitutionId: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $titleText, $clusterId, $partnerClusterId, $purpose, $startsOn, $endsOn, $contactInstitutionId, $partnerContactInstitutionId, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { CooperationAgreementSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "starts_on"

    public static let columns = RecordColumns<CooperationAgreementModel>([
        .text("title", \.$titleText).sorted(),
        .reference("clusterId", \.$clusterId).filtered(),
        .reference("partnerClusterId", \.$partnerClusterId).filtered(),
        .text("purpose", \.$purpose),
        .date("startsOn", \.$startsOn).sorted(),
        .date("endsOn", \.$endsOn).sorted(),
        .reference("contactInstitutionId", \.$contactInstitutionId),
        .reference("partnerContactInstitutionId", \.$partnerContactInstitutionId),
    ])
}
