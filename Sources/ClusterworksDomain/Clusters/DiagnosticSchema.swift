/// The diagnostic study of a cluster's three systems, its background, SWOT and findings.
public enum DiagnosticSchema {
    static let section = FieldKind.longText(maxLength: 20_000)
    static let swot = FieldKind.textList(maxItems: 60, maxLength: 400)

    public static let schema = RecordSchema(
        type: .diagnostic,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("version", L("Version"), .integer(1...1000), readOnly: true),
            FieldRule("status", L("Status"), .choice(DiagnosticStatus.options), readOnly: true),
            FieldRule("startedOn", L("Started on"), .date, required: true),
            FieldRule("productionSystem", L("Production system"), section, help: L("Firms, their suppliers and buyers; the value chain stages are listed below")),
            FieldRule("skillSystem", L("Skill development system"), section),
            FieldRule("institutionalSystem", L("Institutional coordination and enterprise representation"), section),
            FieldRule("background", L("Historical, social and cultural background"), section),
            FieldRule("earlierCooperation", L("Earlier attempts at cooperation"), section),
            FieldRule("strengths", L("Strengths"), swot, help: L("One per line")),
            FieldRule("weaknesses", L("Weaknesses"), swot, help: L("One per line")),
            FieldRule("opportunities", L("Opportunities"), swot, help: L("One per line")),
            FieldRule("threats", L("Threats"), swot, help: L("One per line")),
            FieldRule("findings", L("Findings"), section),
            FieldRule("validatedOn", L("Validated on"), .date, readOnly: true),
            FieldRule("validatedBy", L("Validated by"), .text(maxLength: 300), readOnly: true),
            FieldRule("validationEventId", L("Validation meeting"), .reference(.event), readOnly: true),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let started = v["startedOn"]?.date, started > context.today { errors.add("startedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
