import ClusterworksDomain
import FluentKit
import Foundation

public final class SupplierEvaluationModel: NetworkPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { SupplierEvaluationSchema.schema }
    public var title: String { "Evaluation of \(evaluatedOn)" }
    public static let searchColumns: [FieldKey] = ["evaluator", "notes"]
    public static let sortColumns: [String: FieldKey] = ["evaluatedOn": "evaluated_on"]
    public static let defaultSort: FieldKey = "evaluated_on"
    public static let filterColumns: [String: FieldKey] = ["supplierId": "supplier_id"]
    public var scores: [SupplierCriterion: Int] { SupplierEvaluationSchema.scores(values) }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("supplierId", supplierId); v.put("evaluatedOn", date: evaluatedOn); v.put("evaluator", evaluator); v.put("certifications", lines: certifications)
        v.put("qualityScore", qualityScore); v.put("qualityEvidence", qualityEvidence)
        v.put("deliveryScore", deliveryScore); v.put("deliveryEvidence", deliveryEvidence)
        v.put("costScore", costScore); v.put("costEvidence", costEvidence)
        v.put("capacityScore", capacityScore); v.put("capacityEvidence", capacityEvidence)
        v.put("managementScore", managementScore); v.put("managementEvidence", managementEvidence)
        v.put("technologyScore", technologyScore); v.put("technologyEvidence", technologyEvidence)
        v.put("financeScore", financeScore); v.put("financeEvidence", financeEvidence)
        v.put("hseScore", hseScore); v.put("hseEvidence", hseEvidence)
        v.put("notes", notes)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let s = v.uuid("supplierId") { supplierId = s }
        evaluatedOn = v.dateText("evaluatedOn") ?? ""; evaluator = v.text("evaluator") ?? ""; certifications = v.lines("certifications")
        qualityScore = v.int("qualityScore") ?? 0; qualityEvidence = v.text("qualityEvidence")
        deliveryScore = v.int("deliveryScore") ?? 0; deliveryEvidence = v.text("deliveryEvidence")
        costScore = v.int("costScore") ?? 0; costEvidence = v.text("costEvidence")
        capacityScore = v.int("capacityScore") ?? 0; capacityEvidence = v.text("capacityEvidence")
        managementScore = v.int("managementScore") ?? 0; managementEvidence = v.text("managementEvidence")
        technologyScore = v.int("technologyScore") ?? 0; technologyEvidence = v.text("technologyEvidence")
        financeScore = v.int("financeScore") ?? 0; financeEvidence = v.text("financeEvidence")
        hseScore = v.int("hseScore") ?? 0; hseEvidence = v.text("hseEvidence")
        notes = v.text("notes")
    }
}
