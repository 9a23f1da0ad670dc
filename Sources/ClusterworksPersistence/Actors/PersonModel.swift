import ClusterworksDomain
import FluentKit
import Foundation

public final class PersonModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { PersonSchema.schema }
    public var title: String { name }
    public static let searchColumns: [FieldKey] = ["name", "role", "email"]
    public static let searchFields = ["name", "role", "email"]
    public static let sortColumns: [String: FieldKey] = ["name": "name", "role": "role", "yearOfBirth": "year_of_birth"]
    public static let defaultSort: FieldKey = "name"
    public static let filterColumns: [String: FieldKey] = ["organisationId": "organisation_id", "sex": "sex"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("organisationId", $organisation.id); v.put("role", role); v.put("sex", sex)
        v.put("yearOfBirth", yearOfBirth); v.put("email", email); v.put("phone", phone)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""
        $organisation.id = v.uuid("organisationId")
        role = v.text("role"); sex = v.text("sex"); yearOfBirth = v.int("yearOfBirth")
        email = v.text("email"); phone = v.text("phone")
    }
}
