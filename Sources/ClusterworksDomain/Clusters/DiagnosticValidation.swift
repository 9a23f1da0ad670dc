/// Validating a diagnostic: the meeting that did it, when, and whether the study can still change.
public enum DiagnosticValidation {
    public static let schema = RecordSchema(
        type: .diagnostic,
        fields: [
            FieldRule("validatedOn", "Validated on", .date, required: true),
            FieldRule("validatedBy", "Validated by", .text(maxLength: 300), required: true,
                      help: "The meeting or the people who validated it, e.g. validation workshop with 40 stakeholders"),
            FieldRule("validationEventId", "Validation meeting", .reference(.event), help: "The event recorded for it, if any"),
        ]
    )

    /// Why the study cannot be validated now, by field; empty when it can.
    public static func check(status: DiagnosticStatus, startedOn: CalendarDate?, validatedOn: CalendarDate,
                             today: CalendarDate) -> ValidationErrors {
        var errors = ValidationErrors()
        if status == .validated { errors.add("status", "the diagnostic is already validated; start a new version to change it") }
        if validatedOn > today { errors.add("validatedOn", "cannot be in the future") }
        if let startedOn, validatedOn < startedOn { errors.add("validatedOn", "must not be before the study started (\(startedOn))") }
        return errors
    }

    /// The message every change to a frozen diagnostic, or to what belongs to it, answers with.
    public static func frozen(validatedOn: String?) -> String {
        "belongs to a diagnostic validated\(validatedOn.map { " on \($0)" } ?? ""); it cannot be changed — start a new version"
    }
}
