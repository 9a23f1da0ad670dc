/// What a client firm of a vertical network wants: how it weighs the criteria and what it needs
/// from suppliers (products, volumes, certifications, minimum scores).
public enum ClientProfileSchema {
    public static let schema = RecordSchema(
        type: .clientProfile,
        fields: [
            FieldRule("clientId", L("Client firm"), .reference(.actor), required: true),
        ] + SupplierCriterion.allCases.map { c in
            FieldRule(c.weightKey, L("Weight of the criterion: \(c.label) (%)"), .decimal(0...100), required: true)
        } + [
            FieldRule("products", L("Products or services needed"), .textList(maxItems: 30, maxLength: 120), required: true, help: L("One per line")),
            FieldRule("volumes", L("Volumes"), .text(maxLength: 300), help: L("e.g. 20,000 labels a month")),
            FieldRule("certifications", L("Certifications required"), .textList(maxItems: 20, maxLength: 120)),
            FieldRule("localShareBefore", L("Purchases bought locally before the programme (%)"), .decimal(0...100)),
            FieldRule("localShareNow", L("Purchases bought locally now (%)"), .decimal(0...100)),
        ] + SupplierCriterion.allCases.map { c in
            FieldRule(c.minimumKey, L("Minimum score: \(c.label)"), .integer(1...5))
        },
        crossRules: { v, _ in CriterionWeights.check(weights(v)) }
    )

    public static func weights(_ v: RecordValues) -> [SupplierCriterion: Double] {
        var out: [SupplierCriterion: Double] = [:]
        for c in SupplierCriterion.allCases { out[c] = v[c.weightKey]?.decimal ?? 0 }
        return out
    }

    public static func minimums(_ v: RecordValues) -> [SupplierCriterion: Int] {
        var out: [SupplierCriterion: Int] = [:]
        for c in SupplierCriterion.allCases { if let m = v[c.minimumKey]?.integer { out[c] = m } }
        return out
    }
}
