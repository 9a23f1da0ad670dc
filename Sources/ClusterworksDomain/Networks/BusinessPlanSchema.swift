/// A version of the network's business plan: objectives, joint activities and budget.
public enum BusinessPlanSchema {
    public static let schema = RecordSchema(
        type: .businessPlan,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("version", "Version", .integer(1...1000), readOnly: true),
            FieldRule("objectives", "Objectives", .textList(maxItems: 30, maxLength: 300), required: true, help: "One per line"),
            FieldRule("jointActivities", "Joint activities", .textList(maxItems: 30, maxLength: 300), help: "One per line"),
            FieldRule("budget", "Budget", .decimal(0...1e12)),
            FieldRule("currency", "Currency", .text(maxLength: 3), help: "ISO 4217, e.g. USD"),
            FieldRule("periodStart", "From", .date),
            FieldRule("periodEnd", "Until", .date),
            FieldRule("adoptedOn", "Adopted on", .date, help: "Empty while still a draft"),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "periodStart", end: "periodEnd").check(v, into: &errors)
            if v["budget"] != nil && v["currency"] == nil { errors.add("currency", "is required with a budget") }
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", "cannot be in the future") }
            return errors
        }
    )
}
