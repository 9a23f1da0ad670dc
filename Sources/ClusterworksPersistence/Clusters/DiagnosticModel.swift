import ClusterworksDomain
import FluentKit
import Foundation

public final class DiagnosticModel: ColumnTable, ClusterPart, Timestamped, @unchecked Sendable {
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

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $clusterId, $version, $diagnosticStatus, $titleText, $startedOn, $productionSystem, $skillSystem, $institutionalSystem, $background, $earlierCooperation, $strengths, $weaknesses, $opportunities, $threats, $findings, $validatedOn, $validatedBy, $validationEventId, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { DiagnosticSchema.schema }
    public var title: Phrase { L("\(titleText) (version \(version))") }
    public static let defaultSort: FieldKey = "version"

    public static let columns = RecordColumns<DiagnosticModel>([
        .text("title", \.$titleText).searched(),
        .int("version", \.$version).readOnly().sorted(),
        .choice("status", \.$diagnosticStatus).readOnly().sorted(),
        .date("startedOn", \.$startedOn).sorted(),
        .text("productionSystem", \.$productionSystem),
        .text("skillSystem", \.$skillSystem),
        .text("institutionalSystem", \.$institutionalSystem),
        .text("background", \.$background),
        .text("earlierCooperation", \.$earlierCooperation),
        .lines("strengths", \.$strengths),
        .lines("weaknesses", \.$weaknesses),
        .lines("opportunities", \.$opportunities),
        .lines("threats", \.$threats),
        .text("findings", \.$findings).searched(),
        .date("validatedOn", \.$validatedOn).readOnly(),
        .text("validatedBy", \.$validatedBy).readOnly(),
        .reference("validationEventId", \.$validationEventId).readOnly(),
    ])
}
