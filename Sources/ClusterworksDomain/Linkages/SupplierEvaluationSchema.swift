/// An audit of a supplier in a vertical network: a score with evidence on each criterion.
public enum SupplierEvaluationSchema {
    public static let schema = RecordSchema(
        type: .supplierEvaluation,
        fields: [
            FieldRule("supplierId", L("Supplier"), .reference(.actor), required: true),
            FieldRule("evaluatedOn", L("Evaluated on"), .date, required: true),
            FieldRule("evaluator", L("Evaluated by"), .text(maxLength: 200), required: true),
            FieldRule("certifications", L("Certifications held"), .textList(maxItems: 20, maxLength: 120), help: L("One per line, e.g. ISO 9001")),
        ] + SupplierCriterion.allCases.flatMap { c in [
            FieldRule(c.scoreKey, L("\(c.label): score"), .integer(0...10), required: true, help: c == .quality ? L("1 absent · 2 informal · 3 basic · 4 good · 5 excellent") : nil),
            FieldRule(c.evidenceKey, L("\(c.label): evidence"), .longText(maxLength: 2000)),
        ] } + [
            FieldRule("notes", L("Notes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            for c in SupplierCriterion.allCases {
                if let s = v[c.scoreKey]?.integer, !SupplierCriterion.scale.contains(s) { errors.add(c.scoreKey, L("must be between 1 and 5")) }
            }
            if let d = v["evaluatedOn"]?.date, d > context.today { errors.add("evaluatedOn", L("cannot be in the future")) }
            return errors
        }
    )

    public static func scores(_ v: RecordValues) -> [SupplierCriterion: Int] {
        var out: [SupplierCriterion: Int] = [:]
        for c in SupplierCriterion.allCases { if let s = v[c.scoreKey]?.integer { out[c] = s } }
        return out
    }
}
