/// Something two cooperating clusters did under their agreement: who took part, what it cost and
/// who bore it, and what came of it.
public enum CooperationActivitySchema {
    public static let schema = RecordSchema(
        type: .cooperationActivity,
        fields: [
            FieldRule("agreementId", L("Agreement"), .reference(.cooperationAgreement), required: true),
            FieldRule("type", L("Type"), .choice(CooperationActivityType.options), required: true),
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("startsOn", L("Starts on"), .date, required: true),
            FieldRule("endsOn", L("Ends on"), .date),
            FieldRule("participants", L("Participants"), .textList(maxItems: 100, maxLength: 200), help: L("One per line: name and organisation")),
            FieldRule("participantCount", L("Number of participants"), .integer(0...100_000)),
            FieldRule("cost", L("Cost (USD)"), .decimal(0...1e10)),
            FieldRule("partnerShare", L("Borne by the partner's side (%)"), .decimal(0...100), help: L("The share of the cost the partner cluster's side paid")),
            FieldRule("results", L("Results"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            if v["partnerShare"] != nil, v["cost"] == nil { errors.add("cost", L("is needed with the partner's share")) }
            if let n = v["participantCount"]?.integer, let listed = v["participants"]?.list, listed.count > n {
                errors.add("participantCount", L("is \(n) but \(listed.count) participants are listed"))
            }
            return errors
        }
    )

    /// An activity must lie within its agreement's dates.
    public static func within(_ v: RecordValues, agreementStarts: CalendarDate, agreementEnds: CalendarDate?) -> ValidationErrors {
        var errors = ValidationErrors()
        if let s = v["startsOn"]?.date, s < agreementStarts { errors.add("startsOn", L("is before the agreement starts (\(agreementStarts))")) }
        if let end = agreementEnds {
            if let s = v["startsOn"]?.date, s > end { errors.add("startsOn", L("is after the agreement ends (\(end))")) }
            if let e = v["endsOn"]?.date, e > end { errors.add("endsOn", L("is after the agreement ends (\(end))")) }
        }
        return errors
    }
}
