/// A joint project of a network's members.
public enum JointProjectSchema {
    public static let schema = RecordSchema(
        type: .jointProject,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("scale", "Pilot or strategic", .choice(JointProjectScale.options), required: true),
            FieldRule("type", "Type", .choice(JointProjectType.options), required: true),
            FieldRule("participantIds", "Participating members", .references(.actor)),
            FieldRule("startOn", "Starts on", .date),
            FieldRule("endOn", "Ends on", .date),
            FieldRule("status", "Status", .choice(JointProjectStatus.options), required: true),
            FieldRule("description", "Description", .longText(maxLength: 4000)),
            FieldRule("results", "Results", .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            if v["status"]?.text == JointProjectStatus.completed.rawValue {
                if v["endOn"] == nil { errors.add("endOn", "is required for a completed project") }
                else if let e = v["endOn"]?.date, e > context.today { errors.add("endOn", "cannot be in the future for a completed project") }
            }
            return errors
        }
    )
}
