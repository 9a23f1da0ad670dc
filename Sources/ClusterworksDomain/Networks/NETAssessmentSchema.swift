/// A NET assessment of a network on a day, in the phase it was in: a score and its evidence for
/// each of the seven indicators.
public enum NETAssessmentSchema {
    /// Scores are checked against the programme's scale by `NETAssessmentRules`; the field only bounds them.
    public static let schema = RecordSchema(
        type: .netAssessment,
        fields: [
            FieldRule("assessedOn", L("Assessed on"), .date, required: true),
            FieldRule("phase", L("Phase at the time"), .choice(NetworkPhase.options), required: true),
            FieldRule("assessor", L("Assessed by"), .text(maxLength: 200), required: true, help: L("The broker, or the group in a self-assessment")),
            FieldRule("scaleMin", L("Lowest score of the scale"), .integer(0...10), readOnly: true),
            FieldRule("scaleMax", L("Highest score of the scale"), .integer(0...10), readOnly: true),
        ] + NETIndicator.allCases.flatMap { i in [
            FieldRule(i.scoreKey, L("\(i.label): score"), .integer(0...10), required: true,
                      help: L("On the programme's NET scale (1–5 unless the programme set another within 0–10; see scaleMin and scaleMax); a score outside it is refused with 422")),
            FieldRule(i.evidenceKey, L("\(i.label): evidence"), .longText(maxLength: 2000)),
        ] } + [
            FieldRule("dependsOnBroker", L("Still depends on the broker"), .boolean, required: true,
                      help: L("Could the group run its meetings and projects without the broker?")),
            FieldRule("notes", L("Notes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let d = v["assessedOn"]?.date, d > context.today { errors.add("assessedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
