public enum UserSchema {
    public static let schema = RecordSchema(
        type: .user,
        fields: [
            FieldRule("email", L("E-mail"), .email, required: true),
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("language", L("Language"), .choice(Language.options), required: true),
            FieldRule("role", L("Role"), .choice(Role.options), required: true),
            FieldRule("active", L("Active"), .boolean, required: true),
            FieldRule("organisationId", L("Organisation"), .reference(.actor), help: L("For member enterprises and institution staff: the firm or institution they work for")),
        ]
    )
}
