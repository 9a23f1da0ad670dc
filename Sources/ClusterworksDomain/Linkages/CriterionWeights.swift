/// How much each criterion counts for one client, in percent; they add up to 100.
public struct CriterionWeights: Sendable, Equatable {
    public let values: [SupplierCriterion: Double]

    public init(_ values: [SupplierCriterion: Double]) { self.values = values }

    /// Every criterion counts the same until a client says otherwise.
    public static let equal = CriterionWeights(Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.map { ($0, 100.0 / 8) }))

    public func weight(_ c: SupplierCriterion) -> Double { values[c] ?? 0 }

    /// Weights are 0–100 each and sum to 100 %.
    public static func check(_ values: [SupplierCriterion: Double]) -> ValidationErrors {
        var errors = ValidationErrors()
        for (c, w) in values where !(0...100).contains(w) { errors.add(c.weightKey, L("must be between 0 and 100 %")) }
        let sum = values.values.reduce(0, +)
        if abs(sum - 100) > 0.01 {
            errors.add(SupplierCriterion.quality.weightKey, L("the weights add up to \(FieldValue.decimal((sum * 100).rounded() / 100).display) %, not 100 %"))
        }
        return errors
    }
}
