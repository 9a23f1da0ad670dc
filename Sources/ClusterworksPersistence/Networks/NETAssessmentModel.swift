import ClusterworksDomain
import FluentKit
import Foundation

/// A NET assessment; the scale it was given on is kept with it, so old scores stay readable.
public final class NETAssessmentModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "net_assessments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "assessed_on") public var assessedOn: String
    @StoredChoice(key: "phase") public var networkPhase: NetworkPhase
    @Field(key: "assessor") public var assessor: String
    @Field(key: "scale_min") public var scaleMin: Int
    @Field(key: "scale_max") public var scaleMax: Int
    @Field(key: "group_cohesion_score") public var groupCohesionScore: Int
    @OptionalField(key: "group_cohesion_evidence") public var groupCohesionEvidence: String?
    @Field(key: "internal_organization_score") public var internalOrganizationScore: Int
    @OptionalField(key: "internal_organization_evidence") public var internalOrganizationEvidence: String?
    @Field(key: "strategic_analysis_score") public var strategicAnalysisScore: Int
    @OptionalField(key: "strategic_analysis_evidence") public var strategicAnalysisEvidence: String?
    @Field(key: "strategic_planning_score") public var strategicPlanningScore: Int
    @OptionalField(key: "strategic_planning_evidence") public var strategicPlanningEvidence: String?
    @Field(key: "production_restructuring_score") public var productionRestructuringScore: Int
    @OptionalField(key: "production_restructuring_evidence") public var productionRestructuringEvidence: String?
    @Field(key: "economic_performance_score") public var economicPerformanceScore: Int
    @OptionalField(key: "economic_performance_evidence") public var economicPerformanceEvidence: String?
    @Field(key: "institutional_connection_score") public var institutionalConnectionScore: Int
    @OptionalField(key: "institutional_connection_evidence") public var institutionalConnectionEvidence: String?
    @Field(key: "depends_on_broker") public var dependsOnBroker: Bool
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $assessedOn, $networkPhase, $assessor, $scaleMin, $scaleMax, $groupCohesionScore, $groupCohesionEvidence, $internalOrganizationScore, $internalOrganizationEvidence, $strategicAnalysisScore, $strategicAnalysisEvidence, $strategicPlanningScore, $strategicPlanningEvidence, $productionRestructuringScore, $productionRestructuringEvidence, $economicPerformanceScore, $economicPerformanceEvidence, $institutionalConnectionScore, $institutionalConnectionEvidence, $dependsOnBroker, $notes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { NETAssessmentSchema.schema }
    public var title: Phrase { L("NET assessment of \(date: assessedOn)") }
    public static let defaultSort: FieldKey = "assessed_on"
    public var scores: [NETIndicator: Double] { NETAssessmentRules.scores(values) }
    public var scale: NETScale { NETScale(min: scaleMin, max: scaleMax) }

    public static let columns = RecordColumns<NETAssessmentModel>([
        .date("assessedOn", \.$assessedOn).sorted(),
        .choice("phase", \.$networkPhase).sorted(),
        .text("assessor", \.$assessor).searched(),
        .int("scaleMin", \.$scaleMin).readOnly(),
        .int("scaleMax", \.$scaleMax).readOnly(),
        .int("groupCohesionScore", \.$groupCohesionScore),
        .text("groupCohesionEvidence", \.$groupCohesionEvidence),
        .int("internalOrganizationScore", \.$internalOrganizationScore),
        .text("internalOrganizationEvidence", \.$internalOrganizationEvidence),
        .int("strategicAnalysisScore", \.$strategicAnalysisScore),
        .text("strategicAnalysisEvidence", \.$strategicAnalysisEvidence),
        .int("strategicPlanningScore", \.$strategicPlanningScore),
        .text("strategicPlanningEvidence", \.$strategicPlanningEvidence),
        .int("productionRestructuringScore", \.$productionRestructuringScore),
        .text("productionRestructuringEvidence", \.$productionRestructuringEvidence),
        .int("economicPerformanceScore", \.$economicPerformanceScore),
        .text("economicPerformanceEvidence", \.$economicPerformanceEvidence),
        .int("institutionalConnectionScore", \.$institutionalConnectionScore),
        .text("institutionalConnectionEvidence", \.$institutionalConnectionEvidence),
        .flag("dependsOnBroker", \.$dependsOnBroker, absent: .value(true)),
        .text("notes", \.$notes).searched(),
    ])
}
