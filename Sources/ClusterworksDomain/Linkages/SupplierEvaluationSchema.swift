/// An audit of a supplier in a vertical network: a score with evidence on each criterion.
public enum SupplierEvaluationSchema {
    public static let schema = RecordSchema(
        type: .supplierEvaluation,
        fields: [
            FieldRule("supplierId", "Supplier", .reference(.actor), required: true),
            FieldRule("evaluatedOn", "Evaluated on", .date, required: true),
            FieldRule("evaluator", "Evaluated by", .text(maxLength: 200), required: true),
            FieldRule("certifications", "Certifications held", .textList(maxItems: 20, maxLength: 120), help: "One per line, e.g. ISO 9001"),
        ] + SupplierCriterion.allCases.flatMap { c in [
            FieldRule(c.scoreKey, "\(c.label): score", .integer(0...10), required: true, help: c == .quality ? "1 absent · 2 informal · 3 basic · 4 good · 5 excellent" : nil),
            FieldRule(c.evidenceKey, "\(c.label): evidence", .longText(maxLength: 2000)),
        ] } + [
            FieldRule("notes", "Notes", .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            for c in SupplierCriterion.allCases {
                if let s = v[c.scoreKey]?.integer, !SupplierCriterion.scale.contains(s) { errors.add(c.scoreKey, "must be between 1 and 5") }
            }
            if let d = v["evaluatedOn"]?.date, d > context.today { errors.add("evaluatedOn", "cannot be in the future") }
            return errors
        }
    )

    public static func scores(_ v: RecordValues) -> [SupplierCriterion: Int] {
        var out: [SupplierCriterion: Int] = [:]
        for c in SupplierCriterion.allCases { if let s = v[c.scoreKey]?.integer { out[c] = s } }
        return out
    }
}
