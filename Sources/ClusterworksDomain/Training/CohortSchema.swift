/// One running of a course: when, where, by whom and hosted by which institution.
public enum CohortSchema {
    public static let schema = RecordSchema(
        type: .cohort,
        fields: [
            FieldRule("courseId", L("Course"), .reference(.course), required: true),
            FieldRule("name", L("Name"), .text(maxLength: 200), required: true, help: L("e.g. Cluster broker course, India 1999")),
            FieldRule("startsOn", L("Starts on"), .date, required: true),
            FieldRule("endsOn", L("Ends on"), .date, required: true),
            FieldRule("place", L("Place"), .text(maxLength: 200)),
            FieldRule("country", L("Country"), .countryCode, required: true),
            FieldRule("trainers", L("Trainers"), .textList(maxItems: 20, maxLength: 160), help: L("One per line")),
            FieldRule("hostInstitutionId", L("Host institution"), .reference(.actor)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            return errors
        }
    )
}
