public enum MembershipSchema {
    public static let schema = RecordSchema(
        type: .membership,
        fields: [
            FieldRule("actorId", "Actor", .reference(.actor), required: true),
            FieldRule("role", "Role in the network", .choice(MembershipRole.options), required: true),
            FieldRule("joinedOn", "Joined on", .date, required: true),
            FieldRule("leftOn", "Left on", .date),
            FieldRule("leavingReason", "Reason for leaving", .choice(LeavingReason.options)),
            FieldRule("notes", "Notes", .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "joinedOn", end: "leftOn", message: "must not be before the date the member joined").check(v, into: &errors)
            if v["leftOn"] != nil && v["leavingReason"] == nil { errors.add("leavingReason", "is required when a member leaves") }
            if v["leftOn"] == nil && v["leavingReason"] != nil { errors.add("leftOn", "is required when a reason for leaving is given") }
            if let joined = v["joinedOn"]?.date, joined > context.today { errors.add("joinedOn", "cannot be in the future") }
            return errors
        }
    )
}
