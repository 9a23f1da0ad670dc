/// One action of the plan: its objective, who leads it, when, how far it is and what it produced.
public enum ActionSchema {
    public static let schema = RecordSchema(
        type: .action,
        fields: [
            FieldRule("title", "Action", .text(maxLength: 200), required: true),
            FieldRule("objective", "Objective served", .text(maxLength: 300), help: "One of the plan's strategic objectives"),
            FieldRule("type", "Type", .choice(ActionType.options), required: true),
            FieldRule("leadActorId", "Lead actor", .reference(.actor)),
            FieldRule("partnerIds", "Partners", .references(.actor)),
            FieldRule("startOn", "Starts on", .date),
            FieldRule("endOn", "Ends on", .date),
            FieldRule("status", "Status", .choice(ActionStatus.options), required: true),
            FieldRule("percentComplete", "Progress (%)", .integer(0...100)),
            FieldRule("expectedOutputs", "Expected outputs", .longText(maxLength: 4000)),
            FieldRule("achievedOutputs", "Achieved outputs", .longText(maxLength: 4000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            let status = v["status"]?.text.flatMap(ActionStatus.init(rawValue:))
            if status == .done, let p = v["percentComplete"]?.integer, p < 100 {
                errors.add("percentComplete", "must be 100 for an action that is done")
            }
            if status == .planned, let p = v["percentComplete"]?.integer, p > 0 {
                errors.add("status", "cannot be planned when progress is \(p) %")
            }
            return errors
        }
    )
}
