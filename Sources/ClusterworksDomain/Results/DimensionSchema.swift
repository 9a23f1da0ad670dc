/// A breakdown dimension as the registry keeps it.
public enum DimensionSchema {
    public static let schema = RecordSchema(
        type: .dimension,
        fields: [
            FieldRule("code", L("Code"), .text(maxLength: 40), required: true, help: L("Lower-case letters, digits and _, e.g. owner_sex; reports and IATI files carry it")),
            FieldRule("name", L("Name"), .text(maxLength: 120), required: true),
            FieldRule("categories", L("Categories"), .textList(maxItems: 30, maxLength: 140), required: true,
                      help: L("A line each: code=Label, e.g. female=Women")),
            FieldRule("definition", L("Definition"), .longText(maxLength: 2000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let code = v["code"]?.text, !BreakdownDimension.isCode(code) {
                errors.add("code", L("must be lower-case letters, digits and _, starting with a letter"))
            }
            if let lines = v["categories"]?.list, case .failure(let p) = BreakdownDimension.categories(from: lines) {
                errors.add("categories", p.message)
            }
            return errors
        }
    )
}
