import ClusterworksDomain
import FluentKit
import Foundation

public final class PerceptionModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "perceptions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "diagnostic_id") public var diagnosticId: UUID
    @Field(key: "theme") public var theme: String
    @Field(key: "stakeholder_group") public var stakeholderGroup: String
    @Field(key: "severity") public var severity: String
    @Field(key: "statement") public var statement: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $diagnosticId, $theme, $stakeholderGroup, $severity, $statement, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { PerceptionSchema.schema }
    public var title: Phrase { .list([.verbatim(theme), StakeholderGroup(rawValue: stakeholderGroup)?.label ?? .verbatim(stakeholderGroup)], separator: ": ") }
    public static let defaultSort: FieldKey = "theme"

    public static let columns = RecordColumns<PerceptionModel>([
        .reference("diagnosticId", \.$diagnosticId).filtered(),
        .text("theme", \.$theme).sorted().searched(),
        .text("stakeholderGroup", \.$stakeholderGroup).sorted(),
        .text("severity", \.$severity),
        .text("statement", \.$statement).searched(),
    ])
}
