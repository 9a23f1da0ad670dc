/// A reporting period of a project.
public enum ReportingPeriodSchema {
    public static let schema = RecordSchema(
        type: .reportingPeriod,
        fields: [
            FieldRule("label", L("Label"), .text(maxLength: 60), required: true, help: L("e.g. 2000 H1")),
            FieldRule("startsOn", L("Starts on"), .date, required: true),
            FieldRule("endsOn", L("Ends on"), .date, required: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let s = v["startsOn"]?.date, let e = v["endsOn"]?.date, e < s { errors.add("endsOn", L("must not be before the start (\(s))")) }
            return errors
        }
    )

    /// Why a period lies outside the project: it ends before the project starts, or starts after it ends.
    public static func outside(_ period: ReportingPeriod, projectStart: CalendarDate?, projectEnd: CalendarDate?) -> (field: String, message: Phrase)? {
        if let start = projectStart, period.end < start { return ("endsOn", L("is before the project starts (\(start))")) }
        if let end = projectEnd, period.start > end { return ("startsOn", L("is after the project ends (\(end))")) }
        return nil
    }

    /// Why a period cannot sit among the project's others: the first it overlaps.
    public static func overlap(_ period: ReportingPeriod, with others: [ReportingPeriod]) -> Phrase? {
        others.first { $0.overlaps(period) }.map { L("overlaps the period \($0.label) (\($0.start) to \($0.end))") }
    }
}
