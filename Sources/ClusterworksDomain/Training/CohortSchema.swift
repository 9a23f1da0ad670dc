/// One running of a course: when, where, by whom and hosted by which institution.
public enum CohortSchema {
    public static let schema = RecordSchema(
        type: .cohort,
        fields: [
            FieldRule("courseId", "Course", .reference(.course), required: true),
            FieldRule("name", "Name", .text(maxLength: 200), required: true, help: "e.g. Cluster broker course, India 1999"),
            FieldRule("startsOn", "Starts on", .date, required: true),
            FieldRule("endsOn", "Ends on", .date, required: true),
            FieldRule("place", "Place", .text(maxLength: 200)),
            FieldRule("country", "Country", .countryCode, required: true),
            FieldRule("trainers", "Trainers", .textList(maxItems: 20, maxLength: 160), help: "One per line"),
            FieldRule("hostInstitutionId", "Host institution", .reference(.actor)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            return errors
        }
    )
}
