public enum ActorSchema {
    public static let schema = RecordSchema(
        type: .actor,
        fields: [
            FieldRule("kind", "Kind", .choice(ActorKind.options), required: true),
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("acronym", "Acronym", .text(maxLength: 32)),
            FieldRule("institutionType", "Institution type", .choice(InstitutionType.options), help: "Institutions only"),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("location", "Location", .text(maxLength: 200), help: "Town, district"),
        ] + CoordinateRule.fields + [
            FieldRule("sectorCode", "Sector code", .text(maxLength: 16), help: "ISIC rev. 4, e.g. 1410"),
            FieldRule("products", "Products", .textList(maxItems: 50, maxLength: 120), help: "One per line"),
            FieldRule("employees", "Employees", .integer(0...10_000_000)),
            FieldRule("employeesFemale", "of whom women", .integer(0...10_000_000)),
            FieldRule("employeesMale", "of whom men", .integer(0...10_000_000)),
            FieldRule("yearFounded", "Year founded", .integer(1500...2100)),
            FieldRule("sizeClass", "Size class", .choice(SizeClass.options), readOnly: true,
                      help: "From employees: micro < 10, small < 50, medium < 250, large"),
            FieldRule("description", "Description", .longText(maxLength: 8000)),
        ],
        crossRules: crossRules,
        derive: derive
    )

    static func crossRules(_ v: RecordValues, _ context: ValidationContext) -> ValidationErrors {
        var errors = ValidationErrors()
        CoordinateRule.check(v, into: &errors)
        let kind = v["kind"]?.text.flatMap(ActorKind.init(rawValue:))
        if kind == .institution && v["institutionType"] == nil { errors.add("institutionType", "is required for an institution") }
        if kind == .enterprise && v["institutionType"] != nil { errors.add("institutionType", "applies to institutions only") }
        let women = v["employeesFemale"]?.integer ?? 0, men = v["employeesMale"]?.integer ?? 0
        if let total = v["employees"]?.integer {
            if women + men > total { errors.add("employeesFemale", "women and men together exceed the \(total) employees") }
        } else if v["employeesFemale"] != nil || v["employeesMale"] != nil {
            errors.add("employees", "is required when employees by sex are given")
        }
        if let year = v["yearFounded"]?.integer, year > context.today.year {
            errors.add("yearFounded", "cannot be in the future")
        }
        return errors
    }

    static func derive(_ v: RecordValues) -> RecordValues {
        guard v["kind"]?.text == ActorKind.enterprise.rawValue, let n = v["employees"]?.integer else { return [:] }
        return ["sizeClass": .text(SizeClass(employees: n).rawValue)]
    }
}
