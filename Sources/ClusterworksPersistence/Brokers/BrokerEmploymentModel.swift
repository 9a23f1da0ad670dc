import ClusterworksDomain
import FluentKit
import Foundation

/// Who employed a broker, from when to when, at what monthly cost.
public final class BrokerEmploymentModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "broker_employments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "broker_id") public var brokerId: UUID
    @Field(key: "employer_kind") public var employerKind: String
    @OptionalField(key: "project_id") public var projectId: UUID?
    @OptionalField(key: "institution_id") public var institutionId: UUID?
    @OptionalField(key: "employer") public var employer: String?
    @OptionalField(key: "role") public var role: String?
    @Field(key: "from_on") public var fromOn: String
    @OptionalField(key: "to_on") public var toOn: String?
    @OptionalField(key: "monthly_cost") public var monthlyCost: Double?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $brokerId, $employerKind, $projectId, $institutionId, $employer, $role, $fromOn, $toOn, $monthlyCost, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { BrokerEmploymentSchema.schema }
    public var title: Phrase { L("\(EmployerKind(rawValue: employerKind)?.label ?? .verbatim(employerKind)) from \(date: fromOn)") }
    public static let defaultSort: FieldKey = "from_on"

    public static let columns = RecordColumns<BrokerEmploymentModel>([
        .reference("brokerId", \.$brokerId).filtered(),
        .text("employerKind", \.$employerKind).filtered(),
        .reference("projectId", \.$projectId).filtered(),
        .reference("institutionId", \.$institutionId).filtered(),
        .text("employer", \.$employer),
        .text("role", \.$role),
        .date("fromOn", \.$fromOn).sorted(),
        .date("toOn", \.$toOn).sorted(),
        .decimal("monthlyCost", \.$monthlyCost),
    ])
}
