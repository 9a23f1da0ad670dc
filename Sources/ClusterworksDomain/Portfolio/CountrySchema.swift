public enum CountrySchema {
    public static let schema = RecordSchema(
        type: .country,
        fields: [
            FieldRule("code", L("ISO code"), .countryCode, required: true),
            FieldRule("iso3", L("ISO alpha-3"), .text(maxLength: 3)),
            FieldRule("nameEn", L("Name (English)"), .text(maxLength: 120), required: true),
            FieldRule("nameEs", L("Name (Spanish)"), .text(maxLength: 120), required: true),
            FieldRule("nameFr", L("Name (French)"), .text(maxLength: 120), required: true),
        ]
    )
}
