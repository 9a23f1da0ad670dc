import ClusterworksDomain
import FluentKit
import Foundation

/// One create, update or delete of a record: who, when, and each changed field's old and new value.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "record_type") public var recordType: String
    @Field(key: "record_id") public var recordId: UUID
    @Field(key: "action") public var action: String
    @OptionalField(key: "user_id") public var userId: UUID?
    @Field(key: "user_name") public var userName: String
    @Field(key: "at") public var at: Date
    /// JSON array of `{"field","old","new"}`.
    @Field(key: "changes") public var changes: String

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $recordType, $recordId, $action, $userId, $userName, $at, $changes] }

    public init(recordType: String, recordId: UUID, action: String, userId: UUID?, userName: String, at: Date, changes: [FieldChange]) {
        self.recordType = recordType
        self.recordId = recordId
        self.action = action
        self.userId = userId
        self.userName = userName
        self.at = at
        self.changes = FieldChange.json(changes)
    }

    public var decodedChanges: [FieldChange] {
        (try? JSONDecoder().decode([FieldChange].self, from: Data(changes.utf8))) ?? []
    }
}
