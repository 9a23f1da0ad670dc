import ClusterworksDomain
import FluentKit
import Foundation

public final class PersonModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "persons"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    @OptionalParent(key: "organisation_id") public var organisation: ActorModel?
    @OptionalField(key: "role") public var role: String?
    @OptionalField(key: "sex") public var sex: String?
    @OptionalField(key: "year_of_birth") public var yearOfBirth: Int?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "phone") public var phone: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $searchKey, $name, $organisation, $role, $sex, $yearOfBirth, $email, $phone, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { PersonSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<PersonModel>([
        .text("name", \.$name).sorted().searched(),
        .reference("organisationId", \.$organisation).filtered(),
        .text("role", \.$role).sorted().searched(),
        .text("sex", \.$sex).filtered(),
        .int("yearOfBirth", \.$yearOfBirth).sorted(),
        .text("email", \.$email).searched(),
        .text("phone", \.$phone),
    ])
}
