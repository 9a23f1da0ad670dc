import Foundation
/// One figure for an indicator and a subject: the subject is the record it is kept under (a
/// cluster) or, for firm and network indicators, an actor or network within it.
public enum ResultEntrySchema {
    public static let schema = RecordSchema(
        type: .result,
        fields: [
            FieldRule("indicatorId", L("Indicator"), .reference(.indicator), required: true),
            FieldRule("kind", L("Kind"), .choice(ResultEntryKind.options), required: true),
            FieldRule("actorId", L("Firm or association"), .reference(.actor), help: L("For firm and association indicators")),
            FieldRule("networkId", L("Network"), .reference(.network), help: L("For network indicators")),
            FieldRule("observedOn", L("Date"), .date, required: true, help: L("For a target: the date by which it should be reached")),
            FieldRule("value", L("Value"), .decimal(-1e13...1e13), required: true),
            FieldRule("numerator", L("Numerator"), .decimal(0...1e13),
                      help: L("For a percentage or a ratio: the count above the line (88 trainees employed); with the denominator, figures of several clusters are pooled, not averaged")),
            FieldRule("denominator", L("Denominator"), .decimal(0...1e13), help: L("The count below the line (110 trained)")),
            FieldRule("unit", L("Unit"), .text(maxLength: 60), help: L("Optional; if given it must be the indicator's unit")),
            FieldRule("breakdown", L("Breakdown"), .breakdown,
                      help: L("Values per category of the indicator's breakdowns; a breakdown given lists every category, adding up to the value (not for percentages)")),
            FieldRule("diagnosticId", L("From diagnostic"), .reference(.diagnostic), help: L("When the figure comes from the diagnostic study")),
            FieldRule("source", L("Source"), .text(maxLength: 300)),
            FieldRule("note", L("Note"), .longText(maxLength: 2000)),
            FieldRule("correctionOf", L("Corrects"), .reference(.result), help: L("An approved figure this one corrects; it replaces that one once approved")),
            FieldRule("reason", L("Reason for the correction"), .longText(maxLength: 2000)),
            FieldRule("status", L("Approval"), .choice(FigureStatus.options), readOnly: true),
            FieldRule("submittedBy", L("Submitted by"), .reference(.user), readOnly: true),
            FieldRule("reviewedBy", L("Reviewed by"), .reference(.user), readOnly: true),
            FieldRule("reviewComment", L("Review comment"), .longText(maxLength: 2000), readOnly: true),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            let kind = v["kind"]?.text.flatMap(ResultEntryKind.init(rawValue:))
            if kind != .target, let d = v["observedOn"]?.date, d > context.today {
                errors.add("observedOn", L("cannot be in the future: only targets lie ahead"))
            }
            if (v["numerator"] == nil) != (v["denominator"] == nil) {
                errors.add(v["numerator"] == nil ? "numerator" : "denominator", (v["numerator"] == nil ? L("is needed with the denominator: give both or neither") : L("is needed with the numerator: give both or neither")))
            }
            if v["actorId"] != nil && v["networkId"] != nil { errors.add("networkId", L("give either a firm or association, or a network, not both")) }
            if v["correctionOf"] != nil, (v["reason"]?.text ?? "").isEmpty { errors.add("reason", L("is required for a correction: say what was wrong")) }
            if v["correctionOf"] == nil, v["reason"] != nil { errors.add("reason", L("belongs to a correction: name the figure it corrects")) }
            return errors
        }
    )
}
