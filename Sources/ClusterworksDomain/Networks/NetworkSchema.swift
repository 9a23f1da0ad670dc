public enum NetworkSchema {
    public static let schema = RecordSchema(
        type: .network,
        fields: [
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("kind", "Kind", .choice(NetworkKind.options), required: true),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("clusterId", "Cluster", .reference(.cluster), help: "Leave empty for a network outside any cluster"),
            FieldRule("projectId", "Project", .reference(.project)),
            FieldRule("phase", "Phase", .choice(NetworkPhase.options + VerticalPhase.options), required: true,
                      help: "Horizontal networks: phases 1–5 of network development; vertical networks: the supplier development phases"),
            FieldRule("formedOn", "Formed on", .date),
            FieldRule("legalForm", "Legal form", .choice(LegalForm.options)),
            FieldRule("dissolvedOn", "Dissolved on", .date, readOnly: true),
            FieldRule("dissolutionReason", "Dissolved because", .choice(DissolutionReason.options), readOnly: true),
            FieldRule("description", "Description", .longText(maxLength: 8000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let phase = v["phase"]?.text, let kind = v["kind"]?.text.flatMap(NetworkKind.init(rawValue:)) {
                let fits = kind == .vertical ? VerticalPhase(rawValue: phase) != nil : NetworkPhase(rawValue: phase) != nil
                if !fits {
                    let names = (kind == .vertical ? VerticalPhase.options : NetworkPhase.options).map(\.value).joined(separator: ", ")
                    errors.add("phase", "must be a phase of a \(kind.rawValue) network: \(names)")
                }
            }
            return errors
        }
    )
}
