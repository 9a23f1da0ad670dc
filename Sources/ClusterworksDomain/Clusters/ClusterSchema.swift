public enum ClusterSchema {
    public static let schema = RecordSchema(
        type: .cluster,
        fields: [
            FieldRule("name", "Name", .text(maxLength: 200), required: true),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("place", "Place", .text(maxLength: 200), required: true, help: "Town or district"),
        ] + CoordinateRule.fields + [
            FieldRule("sector", "Sector", .text(maxLength: 200), required: true),
            FieldRule("products", "Products", .textList(maxItems: 50, maxLength: 120), help: "One per line"),
            FieldRule("estimatedFirms", "Estimated firms", .integer(0...10_000_000)),
            FieldRule("employment", "Employment", .integer(0...100_000_000)),
            FieldRule("exportsUsd", "Exports per year (USD)", .decimal(0...1e13)),
            FieldRule("projectId", "Project", .reference(.project)),
            FieldRule("stage", "Stage", .choice(ClusterStage.options), required: true),
            FieldRule("description", "Description", .longText(maxLength: 8000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            CoordinateRule.check(v, into: &errors)
            return errors
        }
    )
}
