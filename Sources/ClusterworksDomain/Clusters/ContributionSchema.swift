/// A funder's contribution to an action of a cluster's plan, or to a network's joint project:
/// pledged first, then paid (in part or in full). One model, so cost sharing reads the same.
public enum ContributionSchema {
    static let amount = FieldKind.decimal(0...1e12)

    public static let schema = make(.contribution, target: FieldRule("actionId", L("Action"), .reference(.action), required: true))
    public static let forJointProjects = make(.projectContribution,
                                              target: FieldRule("jointProjectId", L("Joint project"), .reference(.jointProject), required: true))

    static func make(_ type: RecordType, target: FieldRule) -> RecordSchema { RecordSchema(
        type: type,
        fields: [
            target,
            FieldRule("funderName", L("Funder"), .text(maxLength: 200), required: true),
            FieldRule("funderActorId", L("Funder in the actor registry"), .reference(.actor)),
            FieldRule("funderKind", L("Kind of funder"), .choice(FunderKind.options), required: true),
            FieldRule("form", L("Cash or in kind"), .choice(ContributionForm.options), required: true),
            FieldRule("pledged", L("Pledged"), amount, required: true, help: L("In the plan's currency")),
            FieldRule("pledgedOn", L("Pledged on"), .date, required: true),
            FieldRule("paid", L("Paid so far"), amount, help: L("In the plan's currency; in kind: the value delivered")),
            FieldRule("paidOn", L("Last paid on"), .date),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let paid = v["paid"]?.decimal, let pledged = v["pledged"]?.decimal, paid > pledged {
                errors.add("paid", L("cannot exceed the \(FieldValue.decimal(pledged).display) pledged"))
            }
            if (v["paid"]?.decimal ?? 0) > 0, v["paidOn"] == nil { errors.add("paidOn", L("is required when something was paid")) }
            if v["paidOn"] != nil, v["paid"] == nil { errors.add("paid", L("is required when a payment date is given")) }
            DateRangeRule(start: "pledgedOn", end: "paidOn", message: L("must not be before the pledge")).check(v, into: &errors)
            for key in ["pledgedOn", "paidOn"] { if let d = v[key]?.date, d > context.today { errors.add(key, L("cannot be in the future")) } }
            return errors
        }
    ) }
}
