/// A funder's contribution to an action of a cluster's plan, or to a network's joint project:
/// pledged first, then paid (in part or in full). One model, so cost sharing reads the same.
public enum ContributionSchema {
    static let amount = FieldKind.decimal(0...1e12)

    public static let schema = make(.contribution, target: FieldRule("actionId", "Action", .reference(.action), required: true))
    public static let forJointProjects = make(.projectContribution,
                                              target: FieldRule("jointProjectId", "Joint project", .reference(.jointProject), required: true))

    static func make(_ type: RecordType, target: FieldRule) -> RecordSchema { RecordSchema(
        type: type,
        fields: [
            target,
            FieldRule("funderName", "Funder", .text(maxLength: 200), required: true),
            FieldRule("funderActorId", "Funder in the actor registry", .reference(.actor)),
            FieldRule("funderKind", "Kind of funder", .choice(FunderKind.options), required: true),
            FieldRule("form", "Cash or in kind", .choice(ContributionForm.options), required: true),
            FieldRule("pledged", "Pledged", amount, required: true, help: "In the plan's currency"),
            FieldRule("pledgedOn", "Pledged on", .date, required: true),
            FieldRule("paid", "Paid so far", amount, help: "In the plan's currency; in kind: the value delivered"),
            FieldRule("paidOn", "Last paid on", .date),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let paid = v["paid"]?.decimal, let pledged = v["pledged"]?.decimal, paid > pledged {
                errors.add("paid", "cannot exceed the \(FieldValue.decimal(pledged).display) pledged")
            }
            if (v["paid"]?.decimal ?? 0) > 0, v["paidOn"] == nil { errors.add("paidOn", "is required when something was paid") }
            if v["paidOn"] != nil, v["paid"] == nil { errors.add("paid", "is required when a payment date is given") }
            DateRangeRule(start: "pledgedOn", end: "paidOn", message: "must not be before the pledge").check(v, into: &errors)
            for key in ["pledgedOn", "paidOn"] { if let d = v[key]?.date, d > context.today { errors.add(key, "cannot be in the future") } }
            return errors
        }
    ) }
}
