/// A joint project of a network's members.
public enum JointProjectSchema {
    public static let schema = RecordSchema(
        type: .jointProject,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("scale", L("Pilot or strategic"), .choice(JointProjectScale.options), required: true),
            FieldRule("type", L("Type"), .choice(JointProjectType.options), required: true),
            FieldRule("participantIds", L("Participating members"), .references(.actor)),
            FieldRule("startOn", L("Starts on"), .date),
            FieldRule("endOn", L("Ends on"), .date),
            FieldRule("status", L("Status"), .choice(JointProjectStatus.options), required: true),
            FieldRule("description", L("Description"), .longText(maxLength: 4000)),
            FieldRule("results", L("Results"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            if v["status"]?.text == JointProjectStatus.completed.rawValue {
                if v["endOn"] == nil { errors.add("endOn", L("is required for a completed project")) }
                else if let e = v["endOn"]?.date, e > context.today { errors.add("endOn", L("cannot be in the future for a completed project")) }
            }
            return errors
        }
    )
}
