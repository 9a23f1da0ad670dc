/// The rules a figure must meet beyond its own fields: its indicator's unit, scale, breakdown and
/// subject, and its place among the figures already kept for the same indicator and subject.
public enum ResultEntryRules {
    public struct Indicator: Sendable {
        public let unit: String
        public let scale: IndicatorScale
        public let level: IndicatorLevel
        public let dimensions: [BreakdownDimension]
        public init(unit: String, scale: IndicatorScale, level: IndicatorLevel, dimensions: [BreakdownDimension]) {
            self.unit = unit; self.scale = scale; self.level = level; self.dimensions = dimensions
        }
    }

    public struct Figure: Sendable, Equatable {
        public let kind: ResultEntryKind
        public let on: CalendarDate
        public let value: Double
        public init(kind: ResultEntryKind, on: CalendarDate, value: Double) { self.kind = kind; self.on = on; self.value = value }
    }

    public static func check(_ v: RecordValues, indicator: Indicator, subject: ResultSubject, others: [Figure]) -> ValidationErrors {
        var errors = ValidationErrors()
        if let unit = v["unit"]?.text, unit.lowercased() != indicator.unit.lowercased() {
            errors.add("unit", L("is \(unit) but the indicator is measured in \(indicator.unit)"))
        }
        if let mismatch = subject.mismatch(indicator.level) { errors.add(mismatch.field, mismatch.message) }
        guard let value = v["value"]?.decimal, let kind = v["kind"]?.text.flatMap(ResultEntryKind.init(rawValue:)),
              let on = v["observedOn"]?.date else { return errors }
        if let problem = indicator.scale.problem(value) { errors.add("value", problem) }
        if let n = v["numerator"]?.decimal, let d = v["denominator"]?.decimal {
            for p in FigureRatio(numerator: n, denominator: d).problems(value: value, scale: indicator.scale) { errors.add(p.field, p.message) }
        }
        // The diagnostic's figures are where the cluster started: they become baselines.
        if v["diagnosticId"] != nil, kind != .baseline { errors.add("kind", L("must be baseline for a figure from the diagnostic")) }
        errors.merge(Breakdown(lines: v["breakdown"]?.list ?? []).check(total: value, scale: indicator.scale, dimensions: indicator.dimensions))
        let baseline = others.first { $0.kind == .baseline }
        switch kind {
        case .baseline:
            if let b = baseline { errors.add("kind", L("a baseline already exists for this indicator and subject (\(b.on)); change that one instead")) }
            if let first = others.filter({ $0.kind != .baseline }).map(\.on).min(), first < on {
                errors.add("observedOn", L("must not be after the first target or measurement (\(first))"))
            }
        case .target, .measurement:
            if let b = baseline, on < b.on { errors.add("observedOn", L("must not be before the baseline (\(b.on))")) }
            if others.contains(where: { $0.kind == kind && $0.on == on }) {
                errors.add("observedOn", L("already has a figure of the kind “\(kind)” on \(on) for this indicator and subject"))
            }
        }
        return errors
    }
}
