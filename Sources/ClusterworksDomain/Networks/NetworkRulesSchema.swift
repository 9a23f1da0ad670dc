/// A version of the network's written rules or statutes; it binds the members once adopted.
public enum NetworkRulesSchema {
    public static let schema = RecordSchema(
        type: .networkRules,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("version", L("Version"), .integer(1...1000), readOnly: true),
            FieldRule("text", L("Rules"), .longText(maxLength: 20_000), required: true, help: L("Admission, contributions, decisions, sanctions, exit")),
            FieldRule("adoptedOn", L("Adopted on"), .date, help: L("Empty while still a draft")),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
