/// The integrated improvement plan of one firm of a vertical network (the client included), over
/// about six months.
public enum ImprovementPlanSchema {
    public static let schema = RecordSchema(
        type: .improvementPlan,
        fields: [
            FieldRule("firmId", "Firm", .reference(.actor), required: true),
            FieldRule("startOn", "Starts on", .date, required: true),
            FieldRule("endOn", "Ends on", .date, required: true, help: "About six months after the start"),
            FieldRule("objectives", "Objectives", .textList(maxItems: 20, maxLength: 300), help: "One per line"),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn", message: "must not be before the plan starts").check(v, into: &errors)
            return errors
        }
    )
}

/// Who pays for an improvement action.
public enum ImprovementPayer: String, Choice {
    case recipient, ministry, donors
    case consultingGroup = "consulting_group"
    public var label: String {
        switch self {
        case .recipient: "The firm itself"
        case .ministry: "Ministry"
        case .donors: "Donors"
        case .consultingGroup: "Consulting group (bid for the work)"
        }
    }
}

public enum ImprovementActionSchema {
    public static let schema = RecordSchema(
        type: .improvementAction,
        fields: [
            FieldRule("planId", "Plan", .reference(.improvementPlan), required: true),
            FieldRule("category", "Kind", .choice(ImprovementCategory.options), required: true),
            FieldRule("title", "Action", .text(maxLength: 200), required: true),
            FieldRule("owner", "Who is responsible", .text(maxLength: 200), required: true),
            FieldRule("startOn", "Starts on", .date, required: true),
            FieldRule("endOn", "Ends on", .date, required: true),
            FieldRule("cost", "Cost (USD)", .decimal(0...1e10)),
            FieldRule("payer", "Paid by", .choice(ImprovementPayer.options)),
            FieldRule("status", "Status", .choice(ActionStatus.options), required: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            if v["cost"] != nil && v["payer"] == nil { errors.add("payer", "is required when the action has a cost") }
            return errors
        }
    )
}
