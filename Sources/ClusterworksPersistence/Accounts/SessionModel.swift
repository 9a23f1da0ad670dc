import FluentKit
import Foundation

/// A signed-in browser session. Only a hash of the cookie's token is stored, so a copy of the
/// database does not let anyone sign in.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $tokenHash, $user, $csrfToken, $createdAt, $lastSeenAt] }

    public init(tokenHash: String, userId: UUID, csrfToken: String, now: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userId
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}
