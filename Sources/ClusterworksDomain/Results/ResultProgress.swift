/// Where one indicator stands for one subject: change from the baseline, share of the target
/// reached, and whether that is on track for the time elapsed.
public struct ResultProgress: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case onTrack = "on_track", offTrack = "off_track", reached, noBaseline = "no_baseline"
        case noTarget = "no_target", notMeasured = "not_measured"
        public var label: Phrase {
            switch self {
            case .onTrack: L("On track")
            case .offTrack: L("Off track")
            case .reached: L("Target reached")
            case .noBaseline: L("No baseline")
            case .noTarget: L("No target")
            case .notMeasured: L("Not yet measured")
            }
        }
    }

    public let baseline: ResultEntryRules.Figure?
    public let latest: ResultEntryRules.Figure?
    public let target: ResultEntryRules.Figure?
    public let change: Double?
    /// Change relative to the baseline (0.25 = +25 %); nil when the baseline is zero.
    public let relativeChange: Double?
    /// The part of the way from baseline to target covered, 0…1 and beyond.
    public let shareOfTarget: Double?
    public let status: Status

    /// Progress counts as on track when it has covered at least this part of what the time elapsed
    /// since the baseline would call for: practitioners allow some slack for seasonal figures.
    public static let tolerance = 0.9

    public init(_ figures: [ResultEntryRules.Figure], direction: IndicatorDirection, accumulation: IndicatorAccumulation = .level) {
        let sorted = Self.toDate(figures.sorted { $0.on < $1.on }, accumulation)
        let first = sorted.first { $0.kind == .baseline }, last = sorted.last { $0.kind == .measurement }
        baseline = first
        latest = last
        let targets = sorted.filter { $0.kind == .target }
        // The target being worked towards: the first not yet due at the latest measurement.
        let due = last?.on ?? first?.on
        target = targets.first { due == nil || $0.on >= due! } ?? targets.last
        guard let b = first else {
            change = nil; relativeChange = nil; shareOfTarget = nil; status = .noBaseline; return
        }
        guard let m = last else {
            change = nil; relativeChange = nil; shareOfTarget = nil; status = targets.isEmpty ? .noTarget : .notMeasured; return
        }
        change = m.value - b.value
        relativeChange = b.value != 0 ? (m.value - b.value) / abs(b.value) : nil
        guard let t = target else { shareOfTarget = nil; status = .noTarget; return }
        let wanted = t.value - b.value
        let share = wanted != 0 ? (m.value - b.value) / wanted : (Self.better(m.value, than: b.value, direction) ? 1 : 0)
        shareOfTarget = share
        let reached = direction == .higher ? m.value >= t.value : m.value <= t.value
        if reached { status = .reached; return }
        let span = Double(t.on.dayNumber - b.on.dayNumber)
        let elapsed = span > 0 ? min(1, max(0, Double(m.on.dayNumber - b.on.dayNumber) / span)) : 1
        status = share >= elapsed * Self.tolerance ? .onTrack : .offTrack
    }

    /// Measurements as values to date: a cumulative indicator's add up from its baseline.
    static func toDate(_ sorted: [ResultEntryRules.Figure], _ accumulation: IndicatorAccumulation) -> [ResultEntryRules.Figure] {
        guard accumulation == .cumulative else { return sorted }
        var total = sorted.first { $0.kind == .baseline }?.value ?? 0
        return sorted.map { f in
            guard f.kind == .measurement else { return f }
            total += f.value
            return .init(kind: .measurement, on: f.on, value: total)
        }
    }

    static func better(_ a: Double, than b: Double, _ d: IndicatorDirection) -> Bool { d == .higher ? a >= b : a <= b }
}

extension CalendarDate {
    /// Days since 1970-01-01, for spans between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
