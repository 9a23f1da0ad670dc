/// Who takes over the brokering function, from when, and the governance that will carry on.
public enum HandoverPlanSchema {
    public static let schema = RecordSchema(
        type: .handoverPlan,
        fields: [
            FieldRule("institutionId", L("Local institution taking over"), .reference(.actor), required: true),
            FieldRule("agreedOn", L("Agreed on"), .date, required: true),
            FieldRule("takeoverOn", L("Full takeover planned on"), .date, required: true),
            FieldRule("brokerName", L("Field broker"), .text(maxLength: 200), help: L("The person whose cost is shared")),
            FieldRule("governance", L("Governance framework"), .longText(maxLength: 4000), help: L("Associations, committees, alliances that will carry on")),
            FieldRule("notes", L("Notes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "agreedOn", end: "takeoverOn", message: L("must not be before the agreement")).check(v, into: &errors)
            return errors
        }
    )
}
