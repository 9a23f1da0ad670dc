/// An edition of a joint learning programme: a week in a host country (Italy's industrial
/// districts, Chile's networks) for brokers and institutions from several countries.
public enum LearningEditionSchema {
    public static let schema = RecordSchema(
        type: .learningEdition,
        fields: [
            FieldRule("title", "Title", .text(maxLength: 200), required: true),
            FieldRule("theme", "Theme", .longText(maxLength: 2000), required: true),
            FieldRule("hostCountry", "Host country", .countryCode, required: true),
            FieldRule("hostInstitutions", "Host institutions", .textList(maxItems: 20, maxLength: 200), help: "One per line"),
            FieldRule("startsOn", "Starts on", .date, required: true),
            FieldRule("endsOn", "Ends on", .date, required: true),
            FieldRule("modules", "Modules", .textList(maxItems: 30, maxLength: 200), help: "One per line"),
            FieldRule("siteVisits", "Site visits", .textList(maxItems: 30, maxLength: 200), help: "One per line"),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            return errors
        }
    )
}
