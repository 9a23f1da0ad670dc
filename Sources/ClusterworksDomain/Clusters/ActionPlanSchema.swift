/// The cluster's shared vision and strategic objectives; its actions are recorded one by one.
public enum ActionPlanSchema {
    public static let schema = RecordSchema(
        type: .actionPlan,
        fields: [
            FieldRule("vision", "Vision", .longText(maxLength: 4000), required: true),
            FieldRule("objectives", "Strategic objectives", .textList(maxItems: 30, maxLength: 300), required: true, help: "One per line"),
            FieldRule("adoptedOn", "Adopted on", .date, required: true),
            FieldRule("horizonEnd", "Planned until", .date),
            FieldRule("currency", "Budget currency", .text(maxLength: 3), required: true, help: "ISO 4217, e.g. USD"),
            FieldRule("version", "Version", .integer(1...10_000), readOnly: true, help: "Rises by one at every plan–do–check–act review"),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "adoptedOn", end: "horizonEnd").check(v, into: &errors)
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", "cannot be in the future") }
            if let c = v["currency"]?.text, c.count != 3 || !c.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                errors.add("currency", "must be three capital letters, e.g. USD")
            }
            return errors
        }
    )
}
