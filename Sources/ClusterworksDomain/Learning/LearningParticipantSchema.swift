/// A person who took part in an edition, from their country and organisation.
public enum LearningParticipantSchema {
    public static let schema = RecordSchema(
        type: .learningParticipant,
        fields: [
            FieldRule("editionId", "Edition", .reference(.learningEdition), required: true),
            FieldRule("personId", "Person", .reference(.person), required: true),
            FieldRule("name", "Name", .text(maxLength: 200), readOnly: true),
            FieldRule("country", "From", .countryCode, required: true),
            FieldRule("organisationId", "Organisation", .reference(.actor)),
            FieldRule("function", "Function", .text(maxLength: 200), help: "e.g. cluster broker, BDS institution"),
        ]
    )
}
