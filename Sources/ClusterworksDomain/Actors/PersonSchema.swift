public enum PersonSchema {
    public static let schema = RecordSchema(
        type: .person,
        fields: [
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("organisationId", L("Organisation"), .reference(.actor)),
            FieldRule("role", L("Role"), .text(maxLength: 200), help: L("e.g. owner, broker, director")),
            FieldRule("sex", L("Sex"), .choice(Sex.options)),
            FieldRule("yearOfBirth", L("Year of birth"), .integer(1900...2100)),
            FieldRule("email", L("E-mail"), .email),
            FieldRule("phone", L("Phone"), .text(maxLength: 40)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let year = v["yearOfBirth"]?.integer, year > context.today.year {
                errors.add("yearOfBirth", L("cannot be in the future"))
            }
            return errors
        }
    )
}
