import Foundation
/// One figure for an indicator and a subject: the subject is the record it is kept under (a
/// cluster) or, for firm and network indicators, an actor or network within it.
public enum ResultEntrySchema {
    public static let schema = RecordSchema(
        type: .result,
        fields: [
            FieldRule("indicatorId", "Indicator", .reference(.indicator), required: true),
            FieldRule("kind", "Kind", .choice(ResultEntryKind.options), required: true),
            FieldRule("actorId", "Firm or association", .reference(.actor), help: "For firm and association indicators"),
            FieldRule("networkId", "Network", .reference(.network), help: "For network indicators"),
            FieldRule("observedOn", "Date", .date, required: true, help: "For a target: the date by which it should be reached"),
            FieldRule("value", "Value", .decimal(-1e13...1e13), required: true),
            FieldRule("numerator", "Numerator", .decimal(0...1e13),
                      help: "For a percentage or a ratio: the count above the line (88 trainees employed); with the denominator, figures of several clusters are pooled, not averaged"),
            FieldRule("denominator", "Denominator", .decimal(0...1e13), help: "The count below the line (110 trained)"),
            FieldRule("unit", "Unit", .text(maxLength: 60), help: "Optional; if given it must be the indicator's unit"),
            FieldRule("breakdown", "Breakdown", .breakdown,
                      help: "Values per category of the indicator's breakdowns; a breakdown given lists every category, adding up to the value (not for percentages)"),
            FieldRule("diagnosticId", "From diagnostic", .reference(.diagnostic), help: "When the figure comes from the diagnostic study"),
            FieldRule("source", "Source", .text(maxLength: 300)),
            FieldRule("note", "Note", .longText(maxLength: 2000)),
            FieldRule("correctionOf", "Corrects", .reference(.result), help: "An approved figure this one corrects; it replaces that one once approved"),
            FieldRule("reason", "Reason for the correction", .longText(maxLength: 2000)),
            FieldRule("status", "Approval", .choice(FigureStatus.options), readOnly: true),
            FieldRule("submittedBy", "Submitted by", .reference(.user), readOnly: true),
            FieldRule("reviewedBy", "Reviewed by", .reference(.user), readOnly: true),
            FieldRule("reviewComment", "Review comment", .longText(maxLength: 2000), readOnly: true),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            let kind = v["kind"]?.text.flatMap(ResultEntryKind.init(rawValue:))
            if kind != .target, let d = v["observedOn"]?.date, d > context.today {
                errors.add("observedOn", "cannot be in the future for a \(kind?.label.lowercased() ?? "value"); only targets lie ahead")
            }
            if (v["numerator"] == nil) != (v["denominator"] == nil) {
                errors.add(v["numerator"] == nil ? "numerator" : "denominator", "is needed with the \(v["numerator"] == nil ? "denominator" : "numerator"): give both or neither")
            }
            if v["actorId"] != nil && v["networkId"] != nil { errors.add("networkId", "give either a firm or association, or a network, not both") }
            if v["correctionOf"] != nil, (v["reason"]?.text ?? "").isEmpty { errors.add("reason", "is required for a correction: say what was wrong") }
            if v["correctionOf"] == nil, v["reason"] != nil { errors.add("reason", "belongs to a correction: name the figure it corrects") }
            return errors
        }
    )
}
