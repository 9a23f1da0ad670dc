/// A decision about a network's phase: a move forward or back, or its dissolution, with the date,
/// the reason and, when the conditions were not met, the programme manager's justification.
public enum PhaseDecisionSchema {
    public static let schema = RecordSchema(
        type: .phaseDecision,
        fields: [
            FieldRule("decidedOn", L("Decided on"), .date, required: true),
            FieldRule("fromPhase", L("From phase"), .choice(NetworkPhase.options + VerticalPhase.options), readOnly: true),
            FieldRule("toPhase", L("To phase"), .choice(NetworkPhase.options + VerticalPhase.options), help: L("Leave empty when the network is dissolved")),
            FieldRule("dissolution", L("Dissolved because"), .choice(DissolutionReason.options), help: L("Only when the network is dissolved")),
            FieldRule("reason", L("Reason"), .longText(maxLength: 4000), required: true),
            FieldRule("override", L("Override the conditions"), .boolean, help: L("Programme managers only, with a justification")),
            FieldRule("justification", L("Justification of the override"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["toPhase"] == nil && v["dissolution"] == nil { errors.add("toPhase", L("is required unless the network is dissolved")) }
            if v["toPhase"] != nil && v["dissolution"] != nil { errors.add("dissolution", L("is given only when the network is dissolved, not with a new phase")) }
            if v["override"]?.boolean == true && v["justification"] == nil { errors.add("justification", L("is required for an override")) }
            if let d = v["decidedOn"]?.date, d > context.today { errors.add("decidedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
