import ClusterworksDomain
import FluentKit
import Foundation

public final class UserModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @StoredChoice(key: "language") public var userLanguage: Language
    @StoredChoice(key: "role") public var userRole: Role
    @Field(key: "active") public var active: Bool
    @OptionalField(key: "organisation_id") public var organisationId: UUID?
    @Field(key: "password_hash") public var passwordHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(email: String, name: String, role: Role, language: Language = .en, passwordHash: String) {
        self.email = email
        self.name = name
        self.userRole = role
        self.userLanguage = language
        self.active = true
        self.passwordHash = passwordHash
    }


    public static var recordSchema: RecordSchema { UserSchema.schema }
    public var title: String { "\(name) <\(email)>" }
    public static let searchColumns: [FieldKey] = ["email", "name"]
    public static let searchFields = ["email", "name"]
    public static let sortColumns: [String: FieldKey] = ["email": "email", "name": "name", "role": "role"]
    public static let defaultSort: FieldKey = "email"
    public static let filterColumns: [String: FieldKey] = ["role": "role"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("email", email); v.put("name", name); v.put("language", userLanguage.rawValue); v.put("role", userRole.rawValue); v.put("active", active)
        v.put("organisationId", organisationId)
        return v
    }

    public func apply(_ v: RecordValues) {
        email = v.text("email") ?? ""; name = v.text("name") ?? ""
        userLanguage = v.choice("language") ?? .en
        if let role = v.choice("role", Role.self) { userRole = role }
        active = v.bool("active") ?? true
        organisationId = v.uuid("organisationId")
    }
}
