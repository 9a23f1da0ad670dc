/// A statement of a problem or need, as one stakeholder group sees it, on one theme.
public enum PerceptionSchema {
    public static let schema = RecordSchema(
        type: .perception,
        fields: [
            FieldRule("diagnosticId", L("Diagnostic"), .reference(.diagnostic), required: true),
            FieldRule("theme", L("Theme"), .text(maxLength: 160), required: true, help: L("The issue the groups speak about, e.g. Food safety regulation")),
            FieldRule("stakeholderGroup", L("Stakeholder group"), .choice(StakeholderGroup.options), required: true),
            FieldRule("severity", L("Seen as"), .choice(PerceptionSeverity.options), required: true),
            FieldRule("statement", L("Statement"), .longText(maxLength: 2000), required: true),
        ]
    )
}
