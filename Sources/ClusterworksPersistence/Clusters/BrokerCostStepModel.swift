import ClusterworksDomain
import FluentKit
import Foundation

public final class BrokerCostStepModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "broker_cost_steps"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "from_on") public var fromOn: String
    @Field(key: "project_share") public var projectShare: Double
    @Field(key: "institution_share") public var institutionShare: Double
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $fromOn, $projectShare, $institutionShare, $note, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { BrokerCostStepSchema.schema }
    public var title: Phrase { L("From \(date: fromOn)") }
    public static let defaultSort: FieldKey = "from_on"

    public var step: BrokerCostSchedule.Step? {
        CalendarDate(fromOn).map { .init(from: $0, projectShare: projectShare, institutionShare: institutionShare) }
    }

    public static let columns = RecordColumns<BrokerCostStepModel>([
        .date("fromOn", \.$fromOn).sorted(),
        .decimal("projectShare", \.$projectShare),
        .decimal("institutionShare", \.$institutionShare),
        .text("note", \.$note).searched(),
    ])
}
