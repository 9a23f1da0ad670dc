/// Who takes over the brokering function, from when, and the governance that will carry on.
public enum HandoverPlanSchema {
    public static let schema = RecordSchema(
        type: .handoverPlan,
        fields: [
            FieldRule("institutionId", "Local institution taking over", .reference(.actor), required: true),
            FieldRule("agreedOn", "Agreed on", .date, required: true),
            FieldRule("takeoverOn", "Full takeover planned on", .date, required: true),
            FieldRule("brokerName", "Field broker", .text(maxLength: 200), help: "The person whose cost is shared"),
            FieldRule("governance", "Governance framework", .longText(maxLength: 4000), help: "Associations, committees, alliances that will carry on"),
            FieldRule("notes", "Notes", .longText(maxLength: 4000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "agreedOn", end: "takeoverOn", message: "must not be before the agreement").check(v, into: &errors)
            return errors
        }
    )
}
