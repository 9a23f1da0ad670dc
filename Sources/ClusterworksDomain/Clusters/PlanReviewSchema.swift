/// A plan–do–check–act review of the action plan: what the check found, what was learned and what
/// changes. Progress per action comes with it (see `PlanReviewRules`).
public enum PlanReviewSchema {
    public static let schema = RecordSchema(
        type: .planReview,
        fields: [
            FieldRule("reviewedOn", L("Reviewed on"), .date, required: true),
            FieldRule("version", L("Plan version reviewed"), .integer(1...10_000), readOnly: true),
            FieldRule("participants", L("Who took part"), .text(maxLength: 300)),
            FieldRule("checked", L("What the check found"), .longText(maxLength: 8000), required: true),
            FieldRule("learned", L("What was learned"), .longText(maxLength: 8000), required: true),
            FieldRule("changes", L("What changes (act)"), .longText(maxLength: 8000), required: true),
        ]
    )
}
