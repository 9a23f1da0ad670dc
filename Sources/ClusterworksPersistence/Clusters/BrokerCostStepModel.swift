import ClusterworksDomain
import FluentKit
import Foundation

public final class BrokerCostStepModel: ClusterPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { BrokerCostStepSchema.schema }
    public var title: String { "From \(fromOn)" }
    public static let searchColumns: [FieldKey] = ["note"]
    public static let sortColumns: [String: FieldKey] = ["fromOn": "from_on"]
    public static let defaultSort: FieldKey = "from_on"

    public var step: BrokerCostSchedule.Step? {
        CalendarDate(fromOn).map { .init(from: $0, projectShare: projectShare, institutionShare: institutionShare) }
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("fromOn", date: fromOn); v.put("projectShare", projectShare); v.put("institutionShare", institutionShare); v.put("note", note)
        return v
    }

    public func apply(_ v: RecordValues) {
        fromOn = v.dateText("fromOn") ?? ""; projectShare = v.double("projectShare") ?? 0
        institutionShare = v.double("institutionShare") ?? 0; note = v.text("note")
    }
}
