import ClusterworksDomain
import FluentKit
import Foundation

/// A person in a cohort: attendance, fieldwork, assessment, certification.
public final class CohortParticipantModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "cohort_participants"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cohort_id") public var cohortId: UUID
    @Field(key: "person_id") public var personId: UUID
    @Field(key: "name") public var name: String
    @Field(key: "attended_modules") public var attendedModules: String
    @OptionalField(key: "field_cluster_id") public var fieldClusterId: UUID?
    @OptionalField(key: "field_network_id") public var fieldNetworkId: UUID?
    @Field(key: "assessment") public var assessment: String
    @Field(key: "certification") public var certification: String
    @OptionalField(key: "certified_on") public var certifiedOn: String?
    @OptionalField(key: "certifying_body") public var certifyingBody: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $cohortId, $personId, $name, $attendedModules, $fieldClusterId, $fieldNetworkId, $assessment, $certification, $certifiedOn, $certifyingBody, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { CohortParticipantSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<CohortParticipantModel>([
        .reference("cohortId", \.$cohortId).filtered(),
        .reference("personId", \.$personId).filtered(),
        .text("name", \.$name).sorted(),
        .lines("attendedModules", \.$attendedModules),
        .reference("fieldClusterId", \.$fieldClusterId).filtered(),
        .reference("fieldNetworkId", \.$fieldNetworkId).filtered(),
        .text("assessment", \.$assessment).filtered(),
        .text("certification", \.$certification).filtered(),
        .date("certifiedOn", \.$certifiedOn).sorted(),
        .text("certifyingBody", \.$certifyingBody),
    ])
}
