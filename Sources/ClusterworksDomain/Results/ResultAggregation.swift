/// An indicator added up across the programme's clusters, networks and projects for a reporting
/// period. Counts and amounts add. A percentage or a ratio is pooled from the numerators and
/// denominators its figures record — never averaged; series that lack them are left out and counted.
public enum ResultAggregation {
    public struct Figure: Sendable {
        public let kind: ResultEntryKind
        public let on: CalendarDate
        public let value: Double
        public let breakdown: Breakdown
        public let ratio: FigureRatio?
        public init(kind: ResultEntryKind, on: CalendarDate, value: Double, breakdown: Breakdown, ratio: FigureRatio? = nil) {
            self.kind = kind; self.on = on; self.value = value; self.breakdown = breakdown; self.ratio = ratio
        }
    }

    public struct Row: Sendable, Equatable {
        /// Why the indicator is not added up, when it is not.
        public let notAdded: Phrase?
        /// Series (an owner and subject) counted, and those left out for lacking the category asked for.
        public let series: Int
        public let withoutCategory: Int
        /// Series of a percentage or ratio left out for lacking a numerator and denominator.
        public var withoutRatio: Int = 0
        public let toDate: Double?
        public let measured: Double?
        public let target: Double?
        /// The pooled numerator and denominator behind a percentage's or ratio's value to date.
        public var pooled: FigureRatio? = nil
        public var shareOfTarget: Double? { toDate.flatMap { t in target.flatMap { $0 != 0 ? t / $0 : nil } } }
    }

    /// Why an indicator's series do not add up when no figure gives what pooling needs.
    public static func whyNotAdded(_ scale: IndicatorScale) -> Phrase? {
        switch scale {
        case .count, .amount: nil
        case .percent: L("a percentage is pooled from its numerator and denominator, and no figure here records them; read it per cluster")
        case .quantity: L("a measured quantity (a yield, a load per day) is pooled only as a ratio of two recorded counts, and no figure here records them; read it per cluster")
        }
    }

    /// `category`: only that category's values (e.g. sex, female); series without the dimension are left out.
    public static func row(_ series: [[Figure]], scale: IndicatorScale, direction: IndicatorDirection, accumulation: IndicatorAccumulation,
                           period: ReportingPeriod, category: (dimension: String, code: String)? = nil) -> Row {
        switch scale {
        case .count, .amount: summed(series, direction: direction, accumulation: accumulation, period: period, category: category)
        case .percent, .quantity: pooled(series, scale: scale, direction: direction, accumulation: accumulation, period: period, category: category)
        }
    }

    static func summed(_ series: [[Figure]], direction: IndicatorDirection, accumulation: IndicatorAccumulation,
                       period: ReportingPeriod, category: (dimension: String, code: String)?) -> Row {
        var sums = Sums(period: period, direction: direction, accumulation: accumulation)
        var without = 0
        for figures in series {
            if let category {
                // Every measurement must give the category; a baseline without it is left out (its share is unknown).
                let measurements = figures.filter { $0.kind == .measurement }
                guard !measurements.isEmpty, measurements.allSatisfy({ $0.breakdown.value(category.dimension, category.code) != nil }) else { without += 1; continue }
                sums.add(figures.compactMap { f in
                    (f.kind == .target ? nil : f.breakdown.value(category.dimension, category.code)).map { .init(kind: f.kind, on: f.on, value: $0) }
                })
            } else {
                sums.add(figures.map { .init(kind: $0.kind, on: $0.on, value: $0.value) })
            }
        }
        return Row(notAdded: nil, series: sums.series, withoutCategory: without, toDate: sums.toDate, measured: sums.measured, target: sums.target)
    }

    /// Numerators and denominators are added apart, period by period, and divided at the end.
    static func pooled(_ series: [[Figure]], scale: IndicatorScale, direction: IndicatorDirection, accumulation: IndicatorAccumulation,
                       period: ReportingPeriod, category: (dimension: String, code: String)?) -> Row {
        if category != nil {
            return Row(notAdded: scale == .percent ? L("a percentage is not pooled per category: its categories' numerators and denominators are not recorded")
                                                : L("a ratio is not pooled per category: its categories' numerators and denominators are not recorded"),
                       series: series.count, withoutCategory: series.count, toDate: nil, measured: nil, target: nil)
        }
        var numerators = Sums(period: period, direction: direction, accumulation: accumulation), denominators = numerators
        var without = 0
        for figures in series {
            // A baseline without its counts (often a plain 0) does not stop pooling the rest.
            let used = figures.filter { $0.kind != .baseline || $0.ratio != nil }
            guard !used.isEmpty, used.allSatisfy({ $0.ratio != nil }) else { without += 1; continue }
            numerators.add(used.map { .init(kind: $0.kind, on: $0.on, value: $0.ratio!.numerator) })
            denominators.add(used.map { .init(kind: $0.kind, on: $0.on, value: $0.ratio!.denominator) })
        }
        guard numerators.series > 0 else {
            return Row(notAdded: whyNotAdded(scale), series: 0, withoutCategory: 0, withoutRatio: without, toDate: nil, measured: nil, target: nil)
        }
        func divided(_ n: Double?, _ d: Double?) -> Double? {
            guard let n, let d else { return nil }
            return FigureRatio(numerator: n, denominator: d).value(on: scale)
        }
        let pooled = numerators.toDate.flatMap { n in denominators.toDate.map { FigureRatio(numerator: n, denominator: $0) } }
        return Row(notAdded: nil, series: numerators.series, withoutCategory: 0, withoutRatio: without,
                   toDate: divided(numerators.toDate, denominators.toDate), measured: divided(numerators.measured, denominators.measured),
                   target: divided(numerators.target, denominators.target), pooled: pooled)
    }

    /// Series added one by one: the value to date, what was measured in the period, and the target.
    struct Sums {
        let period: ReportingPeriod, direction: IndicatorDirection, accumulation: IndicatorAccumulation
        private(set) var series = 0
        private(set) var toDate: Double?, measured: Double?, target: Double?

        init(period: ReportingPeriod, direction: IndicatorDirection, accumulation: IndicatorAccumulation) {
            self.period = period; self.direction = direction; self.accumulation = accumulation
        }

        mutating func add(_ figures: [ResultEntryRules.Figure]) {
            series += 1
            let row = PeriodProgress(figures, periods: [period], direction: direction, accumulation: accumulation).rows[0]
            if let v = row.toDate { toDate = (toDate ?? 0) + v }
            if let v = row.measured { measured = (measured ?? 0) + v }
            // The target worked towards at the period's end: the first not yet due, or the last.
            let targets = figures.filter { $0.kind == .target }.sorted { $0.on < $1.on }
            if let t = targets.first(where: { $0.on >= period.end }) ?? targets.last { target = (target ?? 0) + t.value }
        }
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
