import ClusterworksDomain
import FluentKit
import Foundation

/// A person who took part in an edition.
public final class LearningParticipantModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "learning_participants"

    @ID(key: .id) public var id: UUID?
    @Field(key: "edition_id") public var editionId: UUID
    @Field(key: "person_id") public var personId: UUID
    @Field(key: "name") public var name: String
    @Field(key: "country_code") public var countryCode: String
    @OptionalField(key: "organisation_id") public var organisationId: UUID?
    @OptionalField(key: "function") public var function: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $editionId, $personId, $name, $countryCode, $organisationId, $function, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { LearningParticipantSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<LearningParticipantModel>([
        .reference("editionId", \.$editionId).filtered(),
        .reference("personId", \.$personId).filtered(),
        .text("name", \.$name).sorted(),
        .text("country", \.$countryCode).sorted().filtered(),
        .reference("organisationId", \.$organisationId).filtered(),
        .text("function", \.$function),
    ])
}
