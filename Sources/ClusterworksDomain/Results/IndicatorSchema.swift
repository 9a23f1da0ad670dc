/// An indicator of the results framework, shared by every line of work.
public enum IndicatorSchema {
    public static let schema = RecordSchema(
        type: .indicator,
        fields: [
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("unit", L("Unit"), .text(maxLength: 60), required: true, help: L("e.g. %, women, products, members, USD")),
            FieldRule("scale", L("Kind of number"), .choice(IndicatorScale.options), required: true),
            FieldRule("level", L("Level"), .choice(IndicatorLevel.options), required: true),
            FieldRule("direction", L("Direction"), .choice(IndicatorDirection.options), required: true),
            FieldRule("accumulation", L("Over time"), .choice(IndicatorAccumulation.options), help: L("Level unless given")),
            FieldRule("dimensions", L("Breakdowns"), .references(.dimension), help: L("The dimensions its figures may be broken down by, e.g. sex of the person")),
            FieldRule("definition", L("Definition"), .longText(maxLength: 4000)),
            FieldRule("source", L("Example from"), .text(maxLength: 300)),
            FieldRule("status", L("In the library"), .choice(IndicatorStatus.options), readOnly: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if v["scale"]?.text == IndicatorScale.percent.rawValue, let unit = v["unit"]?.text, unit != "%" {
                errors.add("unit", L("must be % for a percentage"))
            }
            return errors
        }
    )
}
