public enum MembershipSchema {
    public static let schema = RecordSchema(
        type: .membership,
        fields: [
            FieldRule("actorId", L("Actor"), .reference(.actor), required: true),
            FieldRule("role", L("Role in the network"), .choice(MembershipRole.options), required: true),
            FieldRule("joinedOn", L("Joined on"), .date, required: true),
            FieldRule("leftOn", L("Left on"), .date),
            FieldRule("leavingReason", L("Reason for leaving"), .choice(LeavingReason.options)),
            FieldRule("notes", L("Notes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "joinedOn", end: "leftOn", message: L("must not be before the date the member joined")).check(v, into: &errors)
            if v["leftOn"] != nil && v["leavingReason"] == nil { errors.add("leavingReason", L("is required when a member leaves")) }
            if v["leftOn"] == nil && v["leavingReason"] != nil { errors.add("leftOn", L("is required when a reason for leaving is given")) }
            if let joined = v["joinedOn"]?.date, joined > context.today { errors.add("joinedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
