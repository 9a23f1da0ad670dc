/// The cluster's shared vision and strategic objectives; its actions are recorded one by one.
public enum ActionPlanSchema {
    public static let schema = RecordSchema(
        type: .actionPlan,
        fields: [
            FieldRule("vision", L("Vision"), .longText(maxLength: 4000), required: true),
            FieldRule("objectives", L("Strategic objectives"), .textList(maxItems: 30, maxLength: 300), required: true, help: L("One per line")),
            FieldRule("adoptedOn", L("Adopted on"), .date, required: true),
            FieldRule("horizonEnd", L("Planned until"), .date),
            FieldRule("currency", L("Budget currency"), .text(maxLength: 3), required: true, help: L("ISO 4217, e.g. USD")),
            FieldRule("version", L("Version"), .integer(1...10_000), readOnly: true, help: L("Rises by one at every plan–do–check–act review")),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "adoptedOn", end: "horizonEnd").check(v, into: &errors)
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", L("cannot be in the future")) }
            if let c = v["currency"]?.text, c.count != 3 || !c.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                errors.add("currency", L("must be three capital letters, e.g. USD"))
            }
            return errors
        }
    )
}
