public enum PersonSchema {
    public static let schema = RecordSchema(
        type: .person,
        fields: [
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("organisationId", "Organisation", .reference(.actor)),
            FieldRule("role", "Role", .text(maxLength: 200), help: "e.g. owner, broker, director"),
            FieldRule("sex", "Sex", .choice(Sex.options)),
            FieldRule("yearOfBirth", "Year of birth", .integer(1900...2100)),
            FieldRule("email", "E-mail", .email),
            FieldRule("phone", "Phone", .text(maxLength: 40)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let year = v["yearOfBirth"]?.integer, year > context.today.year {
                errors.add("yearOfBirth", "cannot be in the future")
            }
            return errors
        }
    )
}
