/// The diagnostic study of a cluster's three systems, its background, SWOT and findings.
public enum DiagnosticSchema {
    static let section = FieldKind.longText(maxLength: 20_000)
    static let swot = FieldKind.textList(maxItems: 60, maxLength: 400)

    public static let schema = RecordSchema(
        type: .diagnostic,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("version", "Version", .integer(1...1000), readOnly: true),
            FieldRule("status", "Status", .choice(DiagnosticStatus.options), readOnly: true),
            FieldRule("startedOn", "Started on", .date, required: true),
            FieldRule("productionSystem", "Production system", section, help: "Firms, their suppliers and buyers; the value chain stages are listed below"),
            FieldRule("skillSystem", "Skill development system", section),
            FieldRule("institutionalSystem", "Institutional coordination and enterprise representation", section),
            FieldRule("background", "Historical, social and cultural background", section),
            FieldRule("earlierCooperation", "Earlier attempts at cooperation", section),
            FieldRule("strengths", "Strengths", swot, help: "One per line"),
            FieldRule("weaknesses", "Weaknesses", swot, help: "One per line"),
            FieldRule("opportunities", "Opportunities", swot, help: "One per line"),
            FieldRule("threats", "Threats", swot, help: "One per line"),
            FieldRule("findings", "Findings", section),
            FieldRule("validatedOn", "Validated on", .date, readOnly: true),
            FieldRule("validatedBy", "Validated by", .text(maxLength: 300), readOnly: true),
            FieldRule("validationEventId", "Validation meeting", .reference(.event), readOnly: true),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let started = v["startedOn"]?.date, started > context.today { errors.add("startedOn", "cannot be in the future") }
            return errors
        }
    )
}
