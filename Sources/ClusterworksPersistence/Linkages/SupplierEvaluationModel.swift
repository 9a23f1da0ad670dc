import ClusterworksDomain
import FluentKit
import Foundation

public final class SupplierEvaluationModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "supplier_evaluations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "supplier_id") public var supplierId: UUID
    @Field(key: "evaluated_on") public var evaluatedOn: String
    @Field(key: "evaluator") public var evaluator: String
    @Field(key: "certifications") public var certifications: String
    @Field(key: "quality_score") public var qualityScore: Int
    @OptionalField(key: "quality_evidence") public var qualityEvidence: String?
    @Field(key: "delivery_score") public var deliveryScore: Int
    @OptionalField(key: "delivery_evidence") public var deliveryEvidence: String?
    @Field(key: "cost_score") public var costScore: Int
    @OptionalField(key: "cost_evidence") public var costEvidence: String?
    @Field(key: "capacity_score") public var capacityScore: Int
    @OptionalField(key: "capacity_evidence") public var capacityEvidence: String?
    @Field(key: "management_score") public var managementScore: Int
    @OptionalField(key: "management_evidence") public var managementEvidence: String?
    @Field(key: "technology_score") public var technologyScore: Int
    @OptionalField(key: "technology_evidence") public var technologyEvidence: String?
    @Field(key: "finance_score") public var financeScore: Int
    @OptionalField(key: "finance_evidence") public var financeEvidence: String?
    @Field(key: "hse_score") public var hseScore: Int
    @OptionalField(key: "hse_evidence") public var hseEvidence: String?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $supplierId, $evaluatedOn, $evaluator, $certifications, $qualityScore, $qualityEvidence, $deliveryScore, $deliveryEvidence, $costScore, $costEvidence, $capacityScore, $capacityEvidence, $managementScore, $managementEvidence, $technologyScore, $technologyEvidence, $financeScore, $financeEvidence, $hseScore, $hseEvidence, $notes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { SupplierEvaluationSchema.schema }
    public var title: Phrase { L("Evaluation of \(date: evaluatedOn)") }
    public static let defaultSort: FieldKey = "evaluated_on"
    public var scores: [SupplierCriterion: Int] { SupplierEvaluationSchema.scores(values) }

    /// Each criterion's score and evidence columns, so `values` and `apply` walk one list. The paths
    /// lead to the fields themselves: writing through the wrapped value would read it first.
    static let criterionColumns: [(SupplierCriterion, score: KeyPath<SupplierEvaluationModel, FieldProperty<SupplierEvaluationModel, Int>>,
                                   evidence: KeyPath<SupplierEvaluationModel, OptionalFieldProperty<SupplierEvaluationModel, String>>)] = [
        (.quality, \.$qualityScore, \.$qualityEvidence), (.delivery, \.$deliveryScore, \.$deliveryEvidence), (.cost, \.$costScore, \.$costEvidence),
        (.capacity, \.$capacityScore, \.$capacityEvidence), (.management, \.$managementScore, \.$managementEvidence),
        (.technology, \.$technologyScore, \.$technologyEvidence), (.finance, \.$financeScore, \.$financeEvidence), (.hse, \.$hseScore, \.$hseEvidence),
    ]

    public static let columns = RecordColumns<SupplierEvaluationModel>(criterionColumns.flatMap { c, score, evidence in
        [.int(c.scoreKey, score), .text(c.evidenceKey, evidence)]
    } + [
        .reference("supplierId", \.$supplierId).filtered(),
        .date("evaluatedOn", \.$evaluatedOn).sorted(),
        .text("evaluator", \.$evaluator).searched(),
        .lines("certifications", \.$certifications),
        .text("notes", \.$notes).searched(),
    ])
}
