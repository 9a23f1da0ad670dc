/// A span of a project's reporting calendar (a half-year, a quarter): targets and actuals are
/// reported per period.
public struct ReportingPeriod: Sendable, Equatable {
    public let label: String
    public let start: CalendarDate
    public let end: CalendarDate

    public init(label: String, start: CalendarDate, end: CalendarDate) {
        self.label = label; self.start = start; self.end = end
    }

    public func contains(_ d: CalendarDate) -> Bool { start <= d && d <= end }
    public func overlaps(_ other: ReportingPeriod) -> Bool { start <= other.end && other.start <= end }

    /// The period of `periods` a date falls in.
    public static func of(_ d: CalendarDate, in periods: [ReportingPeriod]) -> ReportingPeriod? { periods.first { $0.contains(d) } }
}
