/// Impact at the firm level: the enterprises measured at baseline and at follow-up on one indicator,
/// each firm's change, how the changes spread (median and quartiles) and the share of firms improving.
public struct FirmPanel: Sendable, Equatable {
    public struct Firm: Sendable, Equatable {
        public let name: String
        public let baseline: Double
        public let followUp: Double
        public var change: Double { followUp - baseline }
        /// Better by the indicator's direction (fewer defect days, more sales).
        public let improved: Bool
    }

    public let firms: [Firm]
    /// Firms with a baseline but no follow-up yet: not in the panel.
    public let notFollowedUp: Int
    public let changes: NETBenchmark.Distribution?
    public var shareImproving: Double? { firms.isEmpty ? nil : Double(firms.filter(\.improved).count) / Double(firms.count) }

    /// `series`: each firm's figures; the follow-up is its value to date at the last measurement.
    public init(_ series: [(name: String, figures: [ResultEntryRules.Figure])], direction: IndicatorDirection, accumulation: IndicatorAccumulation) {
        var firms: [Firm] = [], waiting = 0
        for (name, figures) in series {
            let p = ResultProgress(figures, direction: direction, accumulation: accumulation)
            guard let b = p.baseline else { continue }
            guard let m = p.latest else { waiting += 1; continue }
            firms.append(Firm(name: name, baseline: b.value, followUp: m.value,
                              improved: direction == .higher ? m.value > b.value : m.value < b.value))
        }
        self.firms = firms.sorted { $0.name < $1.name }
        notFollowedUp = waiting
        changes = NETBenchmark.distribution(firms.map(\.change))
    }
}
