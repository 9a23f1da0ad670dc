/// How networks in the same phase compare on each indicator: the spread of their latest scores and
/// where one network stands in it.
public struct NETBenchmark: Sendable, Equatable {
    public struct Distribution: Sendable, Equatable {
        public let min: Double, lowerQuartile: Double, median: Double, upperQuartile: Double, max: Double
        public let count: Int
    }

    /// Quartiles by linear interpolation between the sorted scores (the usual "type 7" definition).
    public static func distribution(_ scores: [Double]) -> Distribution? {
        guard !scores.isEmpty else { return nil }
        let s = scores.sorted()
        func q(_ p: Double) -> Double {
            let h = Double(s.count - 1) * p
            let lo = Int(h.rounded(.down)), hi = Swift.min(lo + 1, s.count - 1)
            return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
        }
        return Distribution(min: s[0], lowerQuartile: q(0.25), median: q(0.5), upperQuartile: q(0.75), max: s[s.count - 1], count: s.count)
    }

    /// The percentile rank of `score` among `scores` (which include it): the share scoring lower,
    /// plus half the share scoring the same, in 0…100. Ties share the middle rank.
    public static func percentile(_ score: Double, among scores: [Double]) -> Double? {
        guard !scores.isEmpty else { return nil }
        let lower = scores.filter { $0 < score }.count, same = scores.filter { $0 == score }.count
        return (Double(lower) + 0.5 * Double(same)) / Double(scores.count) * 100
    }
}
