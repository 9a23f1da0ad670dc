/// A person who took part in an edition, from their country and organisation.
public enum LearningParticipantSchema {
    public static let schema = RecordSchema(
        type: .learningParticipant,
        fields: [
            FieldRule("editionId", L("Edition"), .reference(.learningEdition), required: true),
            FieldRule("personId", L("Person"), .reference(.person), required: true),
            FieldRule("name", L("Name"), .text(maxLength: 200), readOnly: true),
            FieldRule("country", L("From"), .countryCode, required: true),
            FieldRule("organisationId", L("Organisation"), .reference(.actor)),
            FieldRule("function", L("Function"), .text(maxLength: 200), help: L("e.g. cluster broker, BDS institution")),
        ]
    )
}
