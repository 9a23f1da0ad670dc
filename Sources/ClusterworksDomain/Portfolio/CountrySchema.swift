public enum CountrySchema {
    public static let schema = RecordSchema(
        type: .country,
        fields: [
            FieldRule("code", "ISO code", .countryCode, required: true),
            FieldRule("iso3", "ISO alpha-3", .text(maxLength: 3)),
            FieldRule("nameEn", "Name (English)", .text(maxLength: 120), required: true),
            FieldRule("nameEs", "Name (Spanish)", .text(maxLength: 120), required: true),
            FieldRule("nameFr", "Name (French)", .text(maxLength: 120), required: true),
        ]
    )
}
