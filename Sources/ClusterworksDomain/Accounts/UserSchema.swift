public enum UserSchema {
    public static let schema = RecordSchema(
        type: .user,
        fields: [
            FieldRule("email", "E-mail", .email, required: true),
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("language", "Language", .choice(Language.options), required: true),
            FieldRule("role", "Role", .choice(Role.options), required: true),
            FieldRule("active", "Active", .boolean, required: true),
            FieldRule("organisationId", "Organisation", .reference(.actor), help: "For member enterprises and institution staff: the firm or institution they work for"),
        ]
    )
}
