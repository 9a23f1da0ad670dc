/// One action of the plan: its objective, who leads it, when, how far it is and what it produced.
public enum ActionSchema {
    public static let schema = RecordSchema(
        type: .action,
        fields: [
            FieldRule("title", L("Action"), .text(maxLength: 200), required: true),
            FieldRule("objective", L("Objective served"), .text(maxLength: 300), help: L("One of the plan's strategic objectives")),
            FieldRule("type", L("Type"), .choice(ActionType.options), required: true),
            FieldRule("leadActorId", L("Lead actor"), .reference(.actor)),
            FieldRule("partnerIds", L("Partners"), .references(.actor)),
            FieldRule("startOn", L("Starts on"), .date),
            FieldRule("endOn", L("Ends on"), .date),
            FieldRule("status", L("Status"), .choice(ActionStatus.options), required: true),
            FieldRule("percentComplete", L("Progress (%)"), .integer(0...100)),
            FieldRule("expectedOutputs", L("Expected outputs"), .longText(maxLength: 4000)),
            FieldRule("achievedOutputs", L("Achieved outputs"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            let status = v["status"]?.text.flatMap(ActionStatus.init(rawValue:))
            if status == .done, let p = v["percentComplete"]?.integer, p < 100 {
                errors.add("percentComplete", L("must be 100 for an action that is done"))
            }
            if status == .planned, let p = v["percentComplete"]?.integer, p > 0 {
                errors.add("status", L("cannot be planned when progress is \(p) %"))
            }
            return errors
        }
    )
}
