public enum NetworkSchema {
    public static let schema = RecordSchema(
        type: .network,
        fields: [
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("kind", L("Kind"), .choice(NetworkKind.options), required: true),
            FieldRule("country", L("Country"), .countryCode, required: true),
            FieldRule("clusterId", L("Cluster"), .reference(.cluster), help: L("Leave empty for a network outside any cluster")),
            FieldRule("projectId", L("Project"), .reference(.project)),
            FieldRule("phase", L("Phase"), .choice(NetworkPhase.options + VerticalPhase.options), required: true,
                      help: L("Horizontal networks: phases 1–5 of network development; vertical networks: the supplier development phases")),
            FieldRule("formedOn", L("Formed on"), .date),
            FieldRule("legalForm", L("Legal form"), .choice(LegalForm.options)),
            FieldRule("dissolvedOn", L("Dissolved on"), .date, readOnly: true),
            FieldRule("dissolutionReason", L("Dissolved because"), .choice(DissolutionReason.options), readOnly: true),
            FieldRule("description", L("Description"), .longText(maxLength: 8000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let phase = v["phase"]?.text, let kind = v["kind"]?.text.flatMap(NetworkKind.init(rawValue:)) {
                let fits = kind == .vertical ? VerticalPhase(rawValue: phase) != nil : NetworkPhase(rawValue: phase) != nil
                if !fits {
                    let names = (kind == .vertical ? VerticalPhase.options : NetworkPhase.options).map(\.value).joined(separator: ", ")
                    errors.add("phase", L("must be a phase of a \(kind.rawValue) network: \(names)"))
                }
            }
            return errors
        }
    )
}
