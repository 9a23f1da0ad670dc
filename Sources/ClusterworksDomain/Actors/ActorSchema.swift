public enum ActorSchema {
    public static let schema = RecordSchema(
        type: .actor,
        fields: [
            FieldRule("kind", L("Kind"), .choice(ActorKind.options), required: true),
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("acronym", L("Acronym"), .text(maxLength: 32)),
            FieldRule("institutionType", L("Institution type"), .choice(InstitutionType.options), help: L("Institutions only")),
            FieldRule("country", L("Country"), .countryCode, required: true),
            FieldRule("location", L("Location"), .text(maxLength: 200), help: L("Town, district")),
        ] + CoordinateRule.fields + [
            FieldRule("sectorCode", L("Sector code"), .text(maxLength: 16), help: L("ISIC rev. 4, e.g. 1410")),
            FieldRule("products", L("Products"), .textList(maxItems: 50, maxLength: 120), help: L("One per line")),
            FieldRule("employees", L("Employees"), .integer(0...10_000_000)),
            FieldRule("employeesFemale", L("of whom women"), .integer(0...10_000_000)),
            FieldRule("employeesMale", L("of whom men"), .integer(0...10_000_000)),
            FieldRule("yearFounded", L("Year founded"), .integer(1500...2100)),
            FieldRule("sizeClass", L("Size class"), .choice(SizeClass.options), readOnly: true,
                      help: L("From employees: micro < 10, small < 50, medium < 250, large")),
            FieldRule("description", L("Description"), .longText(maxLength: 8000)),
        ],
        crossRules: crossRules,
        derive: derive
    )

    static func crossRules(_ v: RecordValues, _ context: ValidationContext) -> ValidationErrors {
        var errors = ValidationErrors()
        CoordinateRule.check(v, into: &errors)
        let kind = v["kind"]?.text.flatMap(ActorKind.init(rawValue:))
        if kind == .institution && v["institutionType"] == nil { errors.add("institutionType", L("is required for an institution")) }
        if kind == .enterprise && v["institutionType"] != nil { errors.add("institutionType", L("applies to institutions only")) }
        let women = v["employeesFemale"]?.integer ?? 0, men = v["employeesMale"]?.integer ?? 0
        if let total = v["employees"]?.integer {
            if women + men > total { errors.add("employeesFemale", L("women and men together exceed the \(total) employees")) }
        } else if v["employeesFemale"] != nil || v["employeesMale"] != nil {
            errors.add("employees", L("is required when employees by sex are given"))
        }
        if let year = v["yearFounded"]?.integer, year > context.today.year {
            errors.add("yearFounded", L("cannot be in the future"))
        }
        return errors
    }

    static func derive(_ v: RecordValues) -> RecordValues {
        guard v["kind"]?.text == ActorKind.enterprise.rawValue, let n = v["employees"]?.integer else { return [:] }
        return ["sizeClass": .text(SizeClass(employees: n).rawValue)]
    }
}
