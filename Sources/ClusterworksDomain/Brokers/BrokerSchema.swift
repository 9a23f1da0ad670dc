/// A broker (system integrator): a person, possibly signing in as a user, with a kind and a status;
/// their employers and assignments over time are records of their own.
public enum BrokerSchema {
    public static let schema = RecordSchema(
        type: .broker,
        fields: [
            FieldRule("personId", L("Person"), .reference(.person), required: true, help: L("The broker as a person of the registry")),
            FieldRule("name", L("Name"), .text(maxLength: 200), readOnly: true),
            FieldRule("userId", L("User account"), .reference(.user), help: L("Where the broker signs in")),
            FieldRule("kind", L("Kind"), .choice(BrokerKind.options), required: true),
            FieldRule("status", L("Status"), .choice(BrokerStatus.options), required: true),
            FieldRule("country", L("Country"), .countryCode, required: true),
            FieldRule("note", L("Note"), .longText(maxLength: 2000)),
        ]
    )
}
