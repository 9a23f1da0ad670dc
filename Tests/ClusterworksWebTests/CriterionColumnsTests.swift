import ClusterworksDomain
import ClusterworksWorkflows
import Foundation
@testable import ClusterworksPersistence
import Testing

@Suite("Criterion columns")
struct CriterionColumnsTests {
    @Test("every supplier criterion has its weight, minimum, score and evidence column, in order, and they round-trip")
    func everyCriterionHasColumns() {
        #expect(ClientProfileModel.criterionColumns.map(\.0) == SupplierCriterion.allCases)
        #expect(SupplierEvaluationModel.criterionColumns.map(\.0) == SupplierCriterion.allCases)
        let profile = ClientProfileModel()
        profile.clientId = UUID()
        var v = RecordValues()
        for (k, c) in SupplierCriterion.allCases.enumerated() { v.put(c.weightKey, Double(k + 1)); v.put(c.minimumKey, k % 5 + 1) }
        profile.apply(v)
        #expect(profile.hseWeight == 8 && profile.minQuality == 1 && profile.minHse == 3)
        #expect(profile.weights.values == ClientProfileSchema.weights(v))
        let evaluation = SupplierEvaluationModel()
        evaluation.supplierId = UUID()
        var e = RecordValues()
        for (k, c) in SupplierCriterion.allCases.enumerated() { e.put(c.scoreKey, k % 5 + 1); e.put(c.evidenceKey, "seen \(c.rawValue)") }
        evaluation.apply(e)
        #expect(evaluation.financeScore == 2 && evaluation.hseEvidence == "seen hse")
        #expect(evaluation.scores == SupplierEvaluationSchema.scores(e))
    }
}
