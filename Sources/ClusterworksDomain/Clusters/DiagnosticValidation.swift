/// Validating a diagnostic: the meeting that did it, when, and whether the study can still change.
public enum DiagnosticValidation {
    public static let schema = RecordSchema(
        type: .diagnostic,
        fields: [
            FieldRule("validatedOn", L("Validated on"), .date, required: true),
            FieldRule("validatedBy", L("Validated by"), .text(maxLength: 300), required: true,
                      help: L("The meeting or the people who validated it, e.g. validation workshop with 40 stakeholders")),
            FieldRule("validationEventId", L("Validation meeting"), .reference(.event), help: L("The event recorded for it, if any")),
        ]
    )

    /// Why the study cannot be validated now, by field; empty when it can.
    public static func check(status: DiagnosticStatus, startedOn: CalendarDate?, validatedOn: CalendarDate,
                             today: CalendarDate) -> ValidationErrors {
        var errors = ValidationErrors()
        if status == .validated { errors.add("status", L("the diagnostic is already validated; start a new version to change it")) }
        if validatedOn > today { errors.add("validatedOn", L("cannot be in the future")) }
        if let startedOn, validatedOn < startedOn { errors.add("validatedOn", L("must not be before the study started (\(startedOn))")) }
        return errors
    }

    /// The message every change to a frozen diagnostic, or to what belongs to it, answers with.
    public static func frozen(validatedOn: String?) -> Phrase {
        validatedOn.map { L("belongs to a diagnostic validated on \(date: $0); it cannot be changed — start a new version") }
            ?? L("belongs to a validated diagnostic; it cannot be changed — start a new version")
    }
}
