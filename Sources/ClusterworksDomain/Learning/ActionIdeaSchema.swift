/// An idea a participant takes home from an edition, followed up later: so the programme sees what
/// the learning changed.
public enum ActionIdeaSchema {
    public static let schema = RecordSchema(
        type: .actionIdea,
        fields: [
            FieldRule("participantId", L("Participant"), .reference(.learningParticipant), required: true),
            FieldRule("idea", L("Idea"), .longText(maxLength: 2000), required: true),
            FieldRule("status", L("Status"), .choice(ActionIdeaStatus.options), required: true),
            FieldRule("followedUpOn", L("Followed up on"), .date, help: L("When the status was last checked")),
            FieldRule("note", L("Note"), .longText(maxLength: 2000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if let on = v["followedUpOn"]?.date, on > context.today { errors.add("followedUpOn", L("cannot be in the future")) }
            if v["status"]?.text != ActionIdeaStatus.planned.rawValue, v["followedUpOn"] == nil {
                errors.add("followedUpOn", L("is required once the idea is started, done or dropped"))
            }
            return errors
        }
    )

    /// A follow-up reports on what happened after the edition: it cannot be dated before it ended.
    public static func afterEdition(_ v: RecordValues, editionEnds: CalendarDate) -> ValidationErrors {
        guard let on = v["followedUpOn"]?.date, on < editionEnds else { return .init() }
        return .init(field: "followedUpOn", L("cannot be before the programme ended (\(editionEnds))"))
    }
}
