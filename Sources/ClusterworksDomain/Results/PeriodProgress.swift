/// An indicator's figures for one subject read per reporting period: the target due in the period,
/// what was measured in it, the value to date at its end, and whether that was on track.
public struct PeriodProgress: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public let period: ReportingPeriod
        /// The last target dated in the period.
        public let target: Double?
        /// A level's last measurement in the period, or the sum of a cumulative indicator's.
        public let measured: Double?
        /// The value at the period's end (carried from earlier periods when nothing was measured).
        public let toDate: Double?
        /// On track at the period's end; nil when nothing was measured in the period.
        public let status: ResultProgress.Status?
    }

    public let rows: [Row]

    public init(_ figures: [ResultEntryRules.Figure], periods: [ReportingPeriod], direction: IndicatorDirection, accumulation: IndicatorAccumulation) {
        rows = periods.map { period in
            let inPeriod = figures.filter { period.contains($0.on) }
            let measurements = inPeriod.filter { $0.kind == .measurement }.sorted { $0.on < $1.on }
            let measured: Double? = measurements.isEmpty ? nil
                : accumulation == .cumulative ? measurements.reduce(0) { $0 + $1.value } : measurements.last!.value
            let upToEnd = ResultProgress(figures.filter { $0.on <= period.end }, direction: direction, accumulation: accumulation)
            return Row(period: period, target: inPeriod.filter { $0.kind == .target }.max { $0.on < $1.on }?.value,
                       measured: measured, toDate: upToEnd.latest?.value, status: measurements.isEmpty ? nil : upToEnd.status)
        }
    }
}
