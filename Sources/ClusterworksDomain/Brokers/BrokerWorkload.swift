/// A broker's assignments over time, and whether one more would ask for more than all of their
/// time on some day.
public struct BrokerWorkload: Sendable {
    public struct Span: Sendable, Equatable {
        public let from: CalendarDate
        public let to: CalendarDate?
        public let share: Int
        public init(from: CalendarDate, to: CalendarDate?, share: Int) { self.from = from; self.to = to; self.share = share }
        public func covers(_ day: CalendarDate) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
    }

    public let spans: [Span]
    public init(_ spans: [Span]) { self.spans = spans }

    /// The busiest day the new span would share with the others, and the total share that day,
    /// when it goes over 100 %.
    public func overload(adding new: Span) -> (on: CalendarDate, total: Int)? {
        // The total only changes where a span starts, so the busiest day is one of those starts.
        let starts = ([new.from] + spans.map(\.from).filter(new.covers)).sorted()
        let busiest = starts.map { day in (day, new.share + spans.filter { $0.covers(day) }.reduce(0) { $0 + $1.share }) }
            .max { $0.1 < $1.1 }
        guard let busiest, busiest.1 > 100 else { return nil }
        return (busiest.0, busiest.1)
    }
}
