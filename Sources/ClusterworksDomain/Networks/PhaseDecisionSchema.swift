/// A decision about a network's phase: a move forward or back, or its dissolution, with the date,
/// the reason and, when the conditions were not met, the programme manager's justification.
public enum PhaseDecisionSchema {
    public static let schema = RecordSchema(
        type: .phaseDecision,
        fields: [
            FieldRule("decidedOn", "Decided on", .date, required: true),
            FieldRule("fromPhase", "From phase", .choice(NetworkPhase.options + VerticalPhase.options), readOnly: true),
            FieldRule("toPhase", "To phase", .choice(NetworkPhase.options + VerticalPhase.options), help: "Leave empty when the network is dissolved"),
            FieldRule("dissolution", "Dissolved because", .choice(DissolutionReason.options), help: "Only when the network is dissolved"),
            FieldRule("reason", "Reason", .longText(maxLength: 4000), required: true),
            FieldRule("override", "Override the conditions", .boolean, help: "Programme managers only, with a justification"),
            FieldRule("justification", "Justification of the override", .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["toPhase"] == nil && v["dissolution"] == nil { errors.add("toPhase", "is required unless the network is dissolved") }
            if v["toPhase"] != nil && v["dissolution"] != nil { errors.add("dissolution", "is given only when the network is dissolved, not with a new phase") }
            if v["override"]?.boolean == true && v["justification"] == nil { errors.add("justification", "is required for an override") }
            if let d = v["decidedOn"]?.date, d > context.today { errors.add("decidedOn", "cannot be in the future") }
            return errors
        }
    )
}
