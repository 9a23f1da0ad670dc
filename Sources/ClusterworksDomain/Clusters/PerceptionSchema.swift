/// A statement of a problem or need, as one stakeholder group sees it, on one theme.
public enum PerceptionSchema {
    public static let schema = RecordSchema(
        type: .perception,
        fields: [
            FieldRule("diagnosticId", "Diagnostic", .reference(.diagnostic), required: true),
            FieldRule("theme", "Theme", .text(maxLength: 160), required: true, help: "The issue the groups speak about, e.g. Food safety regulation"),
            FieldRule("stakeholderGroup", "Stakeholder group", .choice(StakeholderGroup.options), required: true),
            FieldRule("severity", "Seen as", .choice(PerceptionSeverity.options), required: true),
            FieldRule("statement", "Statement", .longText(maxLength: 2000), required: true),
        ]
    )
}
