/// An edition of a joint learning programme: a week in a host country (Italy's industrial
/// districts, Chile's networks) for brokers and institutions from several countries.
public enum LearningEditionSchema {
    public static let schema = RecordSchema(
        type: .learningEdition,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("theme", L("Theme"), .longText(maxLength: 2000), required: true),
            FieldRule("hostCountry", L("Host country"), .countryCode, required: true),
            FieldRule("hostInstitutions", L("Host institutions"), .textList(maxItems: 20, maxLength: 200), help: L("One per line")),
            FieldRule("startsOn", L("Starts on"), .date, required: true),
            FieldRule("endsOn", L("Ends on"), .date, required: true),
            FieldRule("modules", L("Modules"), .textList(maxItems: 30, maxLength: 200), help: L("One per line")),
            FieldRule("siteVisits", L("Site visits"), .textList(maxItems: 30, maxLength: 200), help: L("One per line")),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            return errors
        }
    )
}
