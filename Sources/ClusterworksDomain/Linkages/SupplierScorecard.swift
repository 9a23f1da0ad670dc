/// A supplier's evaluation read through one client's weights: the weighted score, strengths, gaps
/// (the costliest first) and a readiness class.
public struct SupplierScorecard: Sendable, Equatable {
    public enum Readiness: String, Sendable, Equatable, Codable {
        case ready, developable
        case notYet = "not_yet"
        public var label: Phrase {
            switch self {
            case .ready: L("Ready to supply")
            case .developable: L("Developable")
            case .notYet: L("Not yet")
            }
        }
    }

    /// The thresholds, on the 1–5 scale, as the scorecard page documents them.
    public static let readyFrom = 3.75
    public static let developableFrom = 2.5
    /// A criterion weighing at least this much (%) must score at least `keyMinimum` for "ready".
    public static let keyWeight = 15.0
    public static let keyMinimum = 3

    public static let rules: [Phrase] = [
        L("Ready to supply: weighted score at least \(readyFrom) and no criterion weighing \(Int(keyWeight)) % or more below \(keyMinimum)."),
        L("Developable: weighted score at least \(developableFrom)."),
        L("Not yet: below \(developableFrom)."),
    ]

    public struct Line: Sendable, Equatable {
        public let criterion: SupplierCriterion
        public let score: Int
        public let weight: Double
        /// Points of the weighted score lost on this criterion against a perfect 5.
        public var shortfall: Double { Double(SupplierCriterion.scale.upperBound - score) * weight / 100 }
    }

    public let lines: [Line]
    /// On the 1–5 scale.
    public let weightedScore: Double
    public let readiness: Readiness

    public init(scores: [SupplierCriterion: Int], weights: CriterionWeights) {
        lines = SupplierCriterion.allCases.compactMap { c in scores[c].map { Line(criterion: c, score: $0, weight: weights.weight(c)) } }
        let total = lines.reduce(0) { $0 + $1.weight }
        weightedScore = total > 0 ? lines.reduce(0) { $0 + Double($1.score) * $1.weight } / total : 0
        let keyFailing = lines.contains { $0.weight >= Self.keyWeight && $0.score < Self.keyMinimum }
        readiness = weightedScore >= Self.readyFrom && !keyFailing ? .ready : (weightedScore >= Self.developableFrom ? .developable : .notYet)
    }

    /// Criteria scored 4 or 5.
    public var strengths: [SupplierCriterion] { lines.filter { $0.score >= 4 }.map(\.criterion) }
    /// Criteria scored 1 or 2, those costing the client most first.
    public var gaps: [SupplierCriterion] { lines.filter { $0.score <= 2 }.sorted { $0.shortfall > $1.shortfall }.map(\.criterion) }
    /// Weighted score as a share of the way from 1 to 5, in percent.
    public var percent: Double { (weightedScore - 1) / 4 * 100 }

    /// Per criterion the change since an earlier evaluation, and the change of the weighted score.
    public func change(since earlier: SupplierScorecard) -> (byCriterion: [SupplierCriterion: Int], weighted: Double) {
        var out: [SupplierCriterion: Int] = [:]
        for l in lines { if let e = earlier.lines.first(where: { $0.criterion == l.criterion }) { out[l.criterion] = l.score - e.score } }
        return (out, weightedScore - earlier.weightedScore)
    }
}
