/// One assessment against the targets of its phase: per indicator the score, the target, the gap
/// and whether the target is met, missed or exceeded.
public struct NETComparison: Sendable, Equatable {
    public enum Standing: String, Sendable, Equatable {
        case below, met, above
        public var label: Phrase {
            switch self {
            case .below: L("Below target")
            case .met: L("Target met")
            case .above: L("Above target")
            }
        }
    }

    public struct Row: Sendable, Equatable {
        public let indicator: NETIndicator
        public let score: Double
        public let target: Double?
        /// Score minus target: negative is a shortfall.
        public var gap: Double? { target.map { score - $0 } }
        public var standing: Standing? {
            guard let gap else { return nil }
            return abs(gap) < 1e-9 ? .met : (gap > 0 ? .above : .below)
        }
    }

    public let rows: [Row]

    public init(scores: [NETIndicator: Double], phase: NetworkPhase, targets: NETTargets) {
        rows = NETIndicator.allCases.compactMap { i in
            scores[i].map { Row(indicator: i, score: $0, target: targets.target(phase, i)) }
        }
    }

    /// Indicators at or above their target.
    public var atOrAboveTarget: Int { rows.filter { $0.standing == .met || $0.standing == .above }.count }
}
