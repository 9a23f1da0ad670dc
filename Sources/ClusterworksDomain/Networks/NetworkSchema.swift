public enum NetworkSchema {
    public static let schema = RecordSchema(
        type: .network,
        fields: [
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("kind", "Kind", .choice(NetworkKind.options), required: true),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("clusterId", "Cluster", .reference(.cluster), help: "Leave empty for a network outside any cluster"),
            FieldRule("projectId", "Project", .reference(.project)),
            FieldRule("phase", "Phase", .choice(NetworkPhase.options), required: true),
            FieldRule("formedOn", "Formed on", .date),
            FieldRule("legalForm", "Legal form", .choice(LegalForm.options)),
            FieldRule("dissolvedOn", "Dissolved on", .date, readOnly: true),
            FieldRule("dissolutionReason", "Dissolved because", .choice(DissolutionReason.options), readOnly: true),
            FieldRule("description", "Description", .longText(maxLength: 8000)),
        ]
    )
}
