/// A version of the network's written rules or statutes; it binds the members once adopted.
public enum NetworkRulesSchema {
    public static let schema = RecordSchema(
        type: .networkRules,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("version", "Version", .integer(1...1000), readOnly: true),
            FieldRule("text", "Rules", .longText(maxLength: 20_000), required: true, help: "Admission, contributions, decisions, sanctions, exit"),
            FieldRule("adoptedOn", "Adopted on", .date, help: "Empty while still a draft"),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", "cannot be in the future") }
            return errors
        }
    )
}
