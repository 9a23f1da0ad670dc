/// An indicator of the results framework, shared by every line of work.
public enum IndicatorSchema {
    public static let schema = RecordSchema(
        type: .indicator,
        fields: [
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("unit", "Unit", .text(maxLength: 60), required: true, help: "e.g. %, women, products, members, USD"),
            FieldRule("scale", "Kind of number", .choice(IndicatorScale.options), required: true),
            FieldRule("level", "Level", .choice(IndicatorLevel.options), required: true),
            FieldRule("direction", "Direction", .choice(IndicatorDirection.options), required: true),
            FieldRule("accumulation", "Over time", .choice(IndicatorAccumulation.options), help: "Level unless given"),
            FieldRule("dimensions", "Breakdowns", .references(.dimension), help: "The dimensions its figures may be broken down by, e.g. sex of the person"),
            FieldRule("definition", "Definition", .longText(maxLength: 4000)),
            FieldRule("source", "Example from", .text(maxLength: 300)),
            FieldRule("status", "In the library", .choice(IndicatorStatus.options), readOnly: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if v["scale"]?.text == IndicatorScale.percent.rawValue, let unit = v["unit"]?.text, unit != "%" {
                errors.add("unit", "must be % for a percentage")
            }
            return errors
        }
    )
}
