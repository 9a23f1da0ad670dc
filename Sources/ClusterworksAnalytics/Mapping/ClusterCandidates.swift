/// Each region's candidate clusters in the last year mapped: the traded clusters it is specialised
/// in (cluster LQ ≥ 1), strong ones first, then by location quotient, at most `limit` per region —
/// the short list a programme would look at before choosing where to run a diagnostic.
public struct ClusterCandidates: Sendable {
    public struct Candidate: Sendable, Equatable {
        public let cluster: Int
        public let rank: Int
        public let employment: Double, establishments: Double
        public let wage: Double?
        public let lq: Double
        public let strong: Bool
        public let topThree: Bool
        /// Change in employment since the first year mapped, when there are two years.
        public let change: Double?
        public let rate: Double?
    }

    public struct Region: Sendable {
        public let region: Int
        /// Employment in traded clusters.
        public let tradedEmployment: Double
        public let strongCount: Int
        public let candidates: [Candidate]
        /// How pronounced the region's best cluster is: the highest LQ among its strong clusters.
        public var strongestLQ: Double? { candidates.filter(\.strong).map(\.lq).max() }
    }

    public let year: Int
    public let regions: [Region]

    public init(_ m: ClusterMapping, limit: Int = 10) {
        let last = m.results.last!
        let growth = m.growth
        year = last.year
        regions = (0..<m.regions).map { g in
            let top = Set(last.topThree[g]), strong = Set(last.strong[g])
            let ranked = (0..<m.clusters).filter { m.traded[$0] && (last.clusterLQ[g][$0] ?? 0) >= 1 }
                .sorted { a, b in
                    let (sa, sb) = (strong.contains(a), strong.contains(b))
                    if sa != sb { return sa }
                    return (last.clusterLQ[g][a]!, -a) > (last.clusterLQ[g][b]!, -b)
                }
                .prefix(limit)
            let candidates = ranked.enumerated().map { k, c in
                let cell = last.cells[g][c]
                return Candidate(cluster: c, rank: k + 1, employment: cell.employment, establishments: cell.establishments, wage: cell.wage,
                                 lq: last.clusterLQ[g][c]!, strong: strong.contains(c), topThree: top.contains(c),
                                 change: growth?[g][c].change, rate: growth?[g][c].rate)
            }
            let traded = (0..<m.clusters).filter { m.traded[$0] }.reduce(0.0) { $0 + last.cells[g][$1].employment }
            return Region(region: g, tradedEmployment: traded, strongCount: strong.count, candidates: candidates)
        }
    }
}
