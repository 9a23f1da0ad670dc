/// A broker (system integrator): a person, possibly signing in as a user, with a kind and a status;
/// their employers and assignments over time are records of their own.
public enum BrokerSchema {
    public static let schema = RecordSchema(
        type: .broker,
        fields: [
            FieldRule("personId", "Person", .reference(.person), required: true, help: "The broker as a person of the registry"),
            FieldRule("name", "Name", .text(maxLength: 200), readOnly: true),
            FieldRule("userId", "User account", .reference(.user), help: "Where the broker signs in"),
            FieldRule("kind", "Kind", .choice(BrokerKind.options), required: true),
            FieldRule("status", "Status", .choice(BrokerStatus.options), required: true),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("note", "Note", .longText(maxLength: 2000)),
        ]
    )
}
