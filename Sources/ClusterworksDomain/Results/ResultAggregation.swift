/// An indicator added up across the programme's clusters, networks and projects for a reporting
/// period. Counts and amounts add; a percentage or a measured quantity (a yield, a rate) does not,
/// since its numerator and denominator are not recorded: the row says so rather than averaging.
public enum ResultAggregation {
    public struct Figure: Sendable {
        public let kind: ResultEntryKind
        public let on: CalendarDate
        public let value: Double
        public let breakdown: Breakdown
        public init(kind: ResultEntryKind, on: CalendarDate, value: Double, breakdown: Breakdown) {
            self.kind = kind; self.on = on; self.value = value; self.breakdown = breakdown
        }
    }

    public struct Row: Sendable, Equatable {
        /// Why the indicator is not added up, when it is not.
        public let notAdded: String?
        /// Series (an owner and subject) counted, and those left out for lacking the category asked for.
        public let series: Int
        public let withoutCategory: Int
        public let toDate: Double?
        public let measured: Double?
        public let target: Double?
        public var shareOfTarget: Double? { toDate.flatMap { t in target.flatMap { $0 != 0 ? t / $0 : nil } } }
    }

    public static func whyNotAdded(_ scale: IndicatorScale) -> String? {
        switch scale {
        case .count, .amount: nil
        case .percent: "a percentage is not added across clusters: its numerator and denominator are not recorded"
        case .quantity: "a measured quantity (a yield, a load per day) is not added across clusters; read it per cluster"
        }
    }

    /// `category`: only that category's values (e.g. sex, female); series without the dimension are left out.
    public static func row(_ series: [[Figure]], scale: IndicatorScale, direction: IndicatorDirection, accumulation: IndicatorAccumulation,
                           period: ReportingPeriod, category: (dimension: String, code: String)? = nil) -> Row {
        if let why = whyNotAdded(scale) {
            return Row(notAdded: why, series: series.count, withoutCategory: 0, toDate: nil, measured: nil, target: nil)
        }
        var counted = 0, without = 0
        var toDate = 0.0, measured = 0.0, target = 0.0
        var anyValue = false, anyMeasured = false, anyTarget = false
        for figures in series {
            var picked: [ResultEntryRules.Figure] = []
            if let category {
                // Every measurement must give the category; a baseline without it is left out (its share is unknown).
                let measurements = figures.filter { $0.kind == .measurement }
                guard !measurements.isEmpty, measurements.allSatisfy({ $0.breakdown.value(category.dimension, category.code) != nil }) else { without += 1; continue }
                picked = figures.compactMap { f in
                    (f.kind == .target ? nil : f.breakdown.value(category.dimension, category.code)).map { .init(kind: f.kind, on: f.on, value: $0) }
                }
            } else {
                picked = figures.map { .init(kind: $0.kind, on: $0.on, value: $0.value) }
            }
            counted += 1
            let row = PeriodProgress(picked, periods: [period], direction: direction, accumulation: accumulation).rows[0]
            if let v = row.toDate { toDate += v; anyValue = true }
            if let v = row.measured { measured += v; anyMeasured = true }
            // The target worked towards at the period's end: the first not yet due, or the last.
            let targets = picked.filter { $0.kind == .target }.sorted { $0.on < $1.on }
            if let t = targets.first(where: { $0.on >= period.end }) ?? targets.last { target += t.value; anyTarget = true }
        }
        return Row(notAdded: nil, series: counted, withoutCategory: without, toDate: anyValue ? toDate : nil,
                   measured: anyMeasured ? measured : nil, target: anyTarget ? target : nil)
    }

    /// A period named as programmes name them: "2000", "2000 H2" or "2000 Q3".
    public static func period(named label: String) -> ReportingPeriod? {
        let parts = label.split(separator: " ")
        guard let year = parts.first.flatMap({ Int($0) }), CalendarDate.acceptedYears.contains(year) else { return nil }
        let all: [ReportingPeriod]
        switch parts.count {
        case 1: all = ReportingCalendar.years.periods(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!)
        case 2 where parts[1].hasPrefix("H"): all = ReportingCalendar.halfYears.periods(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!)
        case 2 where parts[1].hasPrefix("Q"): all = ReportingCalendar.quarters.periods(from: CalendarDate(year: year, month: 1, day: 1)!, to: CalendarDate(year: year, month: 12, day: 31)!)
        default: return nil
        }
        return all.first { $0.label == label }
    }
}
