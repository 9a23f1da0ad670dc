public enum ClusterSchema {
    public static let schema = RecordSchema(
        type: .cluster,
        fields: [
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true),
            FieldRule("country", L("Country"), .countryCode, required: true),
            FieldRule("place", L("Place"), .text(maxLength: 200), required: true, help: L("Town or district")),
        ] + CoordinateRule.fields + [
            FieldRule("sector", L("Sector"), .text(maxLength: 200), required: true),
            FieldRule("products", L("Products"), .textList(maxItems: 50, maxLength: 120), help: L("One per line")),
            FieldRule("estimatedFirms", L("Estimated firms"), .integer(0...10_000_000)),
            FieldRule("employment", L("Employment"), .integer(0...100_000_000)),
            FieldRule("exportsUsd", L("Exports per year (USD)"), .decimal(0...1e13)),
            FieldRule("projectId", L("Project"), .reference(.project)),
            FieldRule("stage", L("Stage"), .choice(ClusterStage.options), required: true),
            FieldRule("description", L("Description"), .longText(maxLength: 8000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            CoordinateRule.check(v, into: &errors)
            return errors
        }
    )
}
