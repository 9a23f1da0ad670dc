import ClusterworksDomain
import FluentKit
import Foundation

/// Gives a user edit rights on a project, a cluster or a network (and what they contain).
public final class AssignmentModel: Model, @unchecked Sendable {
    public static let schema = "assignments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: UserModel
    @Field(key: "scope_kind") public var scopeKind: String
    @Field(key: "scope_id") public var scopeId: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $user, $scopeKind, $scopeId, $createdAt] }

    public init(userId: UUID, scope: ScopeRef) {
        self.$user.id = userId
        self.scopeKind = scope.kind.rawValue
        self.scopeId = scope.id
    }

    public var scope: ScopeRef? { ScopeKind(rawValue: scopeKind).map { ScopeRef($0, scopeId) } }
}
