/// A round table between a client and its suppliers: an event like any other (who came, when,
/// where), with the requirements agreed and the areas of improvement it identified.
public enum RoundTableSchema {
    static let eventFields: Set<String> = ["title", "heldOn", "endedOn", "place", "purpose", "actorIds", "personIds", "women", "men", "outcomes"]

    public static let schema = RecordSchema(
        type: .roundTable,
        fields: EventSchema.schema.fields.filter { eventFields.contains($0.key) } + [
            FieldRule("agreedRequirements", L("Requirements agreed"), .textList(maxItems: 30, maxLength: 300), help: L("One per line: what the client asks of its suppliers")),
            FieldRule("improvementAreas", L("Areas of improvement identified"), .textList(maxItems: 30, maxLength: 300), help: L("One per line")),
        ],
        crossRules: { v, context in EventSchema.schema.crossRules(v, context) }
    )
}
