public enum ProjectSchema {
    public static let schema = RecordSchema(
        type: .project,
        fields: [
            FieldRule("code", L("Code"), .text(maxLength: 32), required: true, help: L("Unique, e.g. US/NIC/98/123")),
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("summary", L("Summary"), .longText(maxLength: 8000)),
            FieldRule("countries", L("Countries"), .countryCodes, required: true, help: L("ISO codes, e.g. MA, IT")),
            FieldRule("status", L("Status"), .choice(ProjectStatus.options), required: true),
            FieldRule("plannedStart", L("Planned start"), .date),
            FieldRule("plannedEnd", L("Planned end"), .date),
            FieldRule("actualStart", L("Actual start"), .date),
            FieldRule("actualEnd", L("Actual end"), .date),
            FieldRule("budget", L("Budget"), .decimal(0...1e12)),
            FieldRule("currency", L("Currency"), .text(maxLength: 3), help: L("ISO 4217, e.g. USD")),
            FieldRule("funders", L("Funders"), .textList(maxItems: 30, maxLength: 200), help: L("One per line")),
            FieldRule("counterparts", L("Counterpart institutions"), .textList(maxItems: 30, maxLength: 200), help: L("One per line")),
            FieldRule("linesOfWork", L("Lines of work"), .choices(LineOfWork.options)),
            FieldRule("dacSector", L("DAC sector"), .choice(DACSector.options), help: L("What the project reports under to funders; 32130 SME development unless given")),
        ],
        crossRules: crossRules
    )

    static func crossRules(_ v: RecordValues, _ context: ValidationContext) -> ValidationErrors {
        var errors = ValidationErrors()
        DateRangeRule(start: "plannedStart", end: "plannedEnd").check(v, into: &errors)
        DateRangeRule(start: "actualStart", end: "actualEnd").check(v, into: &errors)
        if let currency = v["currency"]?.text,
           !(currency.count == 3 && currency.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })) {
            errors.add("currency", L("must be a three-letter ISO 4217 code in capitals, e.g. USD"))
        }
        if v["budget"] != nil && v["currency"] == nil { errors.add("currency", L("is required when a budget is given")) }
        let status = v["status"]?.text.flatMap(ProjectStatus.init(rawValue:))
        if status == .completed && v["actualEnd"] == nil { errors.add("actualEnd", L("is required for a completed project")) }
        if status == .underDesign && v["actualStart"] != nil {
            errors.add("actualStart", L("must be empty while the project is under design"))
        }
        if let start = v["actualStart"]?.date, start > context.today, status == .ongoing || status == .completed {
            errors.add("actualStart", L("cannot be in the future for a project that has started"))
        }
        return errors
    }
}
