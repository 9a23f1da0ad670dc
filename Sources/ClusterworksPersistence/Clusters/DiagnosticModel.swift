import ClusterworksDomain
import FluentKit
import Foundation

public final class DiagnosticModel: ClusterPart, Timestamped, @unchecked Sendable {
    public static let schema = "diagnostics"

    @ID(key: .id) public var id: UUID?
    @Field(key: "cluster_id") public var clusterId: UUID
    @Field(key: "version") public var version: Int
    @StoredChoice(key: "status") public var diagnosticStatus: DiagnosticStatus
    @Field(key: "title") public var titleText: String
    @Field(key: "started_on") public var startedOn: String
    @OptionalField(key: "production_system") public var productionSystem: String?
    @OptionalField(key: "skill_system") public var skillSystem: String?
    @OptionalField(key: "institutional_system") public var institutionalSystem: String?
    @OptionalField(key: "background") public var background: String?
    @OptionalField(key: "earlier_cooperation") public var earlierCooperation: String?
    @Field(key: "strengths") public var strengths: String
    @Field(key: "weaknesses") public var weaknesses: String
    @Field(key: "opportunities") public var opportunities: String
    @Field(key: "threats") public var threats: String
    @OptionalField(key: "findings") public var findings: String?
    @OptionalField(key: "validated_on") public var validatedOn: String?
    @OptionalField(key: "validated_by") public var validatedBy: String?
    @OptionalField(key: "validation_event_id") public var validationEventId: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { DiagnosticSchema.schema }
    public var title: String { "\(titleText) (version \(version))" }
    public static let searchColumns: [FieldKey] = ["title", "findings"]
    public static let sortColumns: [String: FieldKey] = ["version": "version", "startedOn": "started_on", "status": "status"]
    public static let defaultSort: FieldKey = "version"


    public var values: RecordValues {
        var v = RecordValues()
        v.put("title", titleText); v.put("version", version); v.put("status", diagnosticStatus.rawValue); v.put("startedOn", date: startedOn)
        v.put("productionSystem", productionSystem); v.put("skillSystem", skillSystem)
        v.put("institutionalSystem", institutionalSystem); v.put("background", background)
        v.put("earlierCooperation", earlierCooperation)
        v.put("strengths", lines: strengths); v.put("weaknesses", lines: weaknesses)
        v.put("opportunities", lines: opportunities); v.put("threats", lines: threats)
        v.put("findings", findings); v.put("validatedOn", date: validatedOn); v.put("validatedBy", validatedBy)
        v.put("validationEventId", validationEventId)
        return v
    }

    /// Writable fields only: version, status and validation are set by the validation step.
    public func apply(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; startedOn = v.dateText("startedOn") ?? ""
        productionSystem = v.text("productionSystem"); skillSystem = v.text("skillSystem")
        institutionalSystem = v.text("institutionalSystem"); background = v.text("background")
        earlierCooperation = v.text("earlierCooperation")
        strengths = v.lines("strengths"); weaknesses = v.lines("weaknesses")
        opportunities = v.lines("opportunities"); threats = v.lines("threats"); findings = v.text("findings")
    }
}
