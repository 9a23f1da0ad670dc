/// The integrated improvement plan of one firm of a vertical network (the client included), over
/// about six months.
public enum ImprovementPlanSchema {
    public static let schema = RecordSchema(
        type: .improvementPlan,
        fields: [
            FieldRule("firmId", L("Firm"), .reference(.actor), required: true),
            FieldRule("startOn", L("Starts on"), .date, required: true),
            FieldRule("endOn", L("Ends on"), .date, required: true, help: L("About six months after the start")),
            FieldRule("objectives", L("Objectives"), .textList(maxItems: 20, maxLength: 300), help: L("One per line")),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn", message: L("must not be before the plan starts")).check(v, into: &errors)
            return errors
        }
    )
}

/// Who pays for an improvement action.
public enum ImprovementPayer: String, Choice {
    case recipient, ministry, donors
    case consultingGroup = "consulting_group"
    public var label: Phrase {
        switch self {
        case .recipient: L("The firm itself")
        case .ministry: L("Ministry")
        case .donors: L("Donors")
        case .consultingGroup: L("Consulting group (bid for the work)")
        }
    }
}

public enum ImprovementActionSchema {
    public static let schema = RecordSchema(
        type: .improvementAction,
        fields: [
            FieldRule("planId", L("Plan"), .reference(.improvementPlan), required: true),
            FieldRule("category", L("Kind"), .choice(ImprovementCategory.options), required: true),
            FieldRule("title", L("Action"), .text(maxLength: 200), required: true),
            FieldRule("owner", L("Who is responsible"), .text(maxLength: 200), required: true),
            FieldRule("startOn", L("Starts on"), .date, required: true),
            FieldRule("endOn", L("Ends on"), .date, required: true),
            FieldRule("cost", L("Cost (USD)"), .decimal(0...1e10)),
            FieldRule("payer", L("Paid by"), .choice(ImprovementPayer.options)),
            FieldRule("status", L("Status"), .choice(ActionStatus.options), required: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startOn", end: "endOn").check(v, into: &errors)
            if v["cost"] != nil && v["payer"] == nil { errors.add("payer", L("is required when the action has a cost")) }
            return errors
        }
    )
}
