/// A version of the network's business plan: objectives, joint activities and budget.
public enum BusinessPlanSchema {
    public static let schema = RecordSchema(
        type: .businessPlan,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("version", L("Version"), .integer(1...1000), readOnly: true),
            FieldRule("objectives", L("Objectives"), .textList(maxItems: 30, maxLength: 300), required: true, help: L("One per line")),
            FieldRule("jointActivities", L("Joint activities"), .textList(maxItems: 30, maxLength: 300), help: L("One per line")),
            FieldRule("budget", L("Budget"), .decimal(0...1e12)),
            FieldRule("currency", L("Currency"), .text(maxLength: 3), help: L("ISO 4217, e.g. USD")),
            FieldRule("periodStart", L("From"), .date),
            FieldRule("periodEnd", L("Until"), .date),
            FieldRule("adoptedOn", L("Adopted on"), .date, help: L("Empty while still a draft")),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "periodStart", end: "periodEnd").check(v, into: &errors)
            if v["budget"] != nil && v["currency"] == nil { errors.add("currency", L("is required with a budget")) }
            if let d = v["adoptedOn"]?.date, d > context.today { errors.add("adoptedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
