import FluentKit
import Foundation

/// A personal API token for `Authorization: Bearer`; stored as a hash, shown once when issued.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "prefix") public var prefix: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $user, $name, $tokenHash, $prefix, $createdAt, $lastUsedAt, $revokedAt] }

    public init(userId: UUID, name: String, tokenHash: String, prefix: String) {
        self.$user.id = userId
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
    }
}
