import ClusterworksDomain
import FluentKit
import Foundation

public final class UserModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
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

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $searchKey, $email, $name, $userLanguage, $userRole, $active, $organisationId, $passwordHash, $createdAt, $updatedAt] }

    public init(email: String, name: String, role: Role, language: Language = .en, passwordHash: String) {
        self.email = email
        self.name = name
        self.userRole = role
        self.userLanguage = language
        self.active = true
        self.passwordHash = passwordHash
    }

    public static var recordSchema: RecordSchema { UserSchema.schema }
    public var title: Phrase { .verbatim("\(name) <\(email)>") }
    public static let defaultSort: FieldKey = "email"

    public static let columns = RecordColumns<UserModel>([
        .text("email", \.$email).sorted().searched(),
        .text("name", \.$name).sorted().searched(),
        .choice("language", \.$userLanguage, absent: .value(.en)),
        .choice("role", \.$userRole).sorted().filtered(),
        .flag("active", \.$active, absent: .value(true)),
        .reference("organisationId", \.$organisationId),
    ])
}
