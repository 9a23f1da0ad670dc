/// A breakdown dimension as the registry keeps it.
public enum DimensionSchema {
    public static let schema = RecordSchema(
        type: .dimension,
        fields: [
            FieldRule("code", "Code", .text(maxLength: 40), required: true, help: "Lower-case letters, digits and _, e.g. owner_sex; reports and IATI files carry it"),
            FieldRule("name", "Name", .text(maxLength: 120), required: true),
            FieldRule("categories", "Categories", .textList(maxItems: 30, maxLength: 140), required: true,
                      help: "A line each: code=Label, e.g. female=Women"),
            FieldRule("definition", "Definition", .longText(maxLength: 2000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let code = v["code"]?.text, !BreakdownDimension.isCode(code) {
                errors.add("code", "must be lower-case letters, digits and _, starting with a letter")
            }
            if let lines = v["categories"]?.list, case .failure(let p) = BreakdownDimension.categories(from: lines) {
                errors.add("categories", p.message)
            }
            return errors
        }
    )
}
