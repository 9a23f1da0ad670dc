/// Cluster mapping from regional statistics, after the US Cluster Mapping Project: industry
/// location quotients, region × cluster employment, establishments and wages, the cluster location
/// quotient against the region's employment in clusters of the same type (traded or local), strong
/// clusters, growth between years, and each region's top three traded clusters.
public struct ClusterMapping: Sendable {
    /// One statistics row, with names already turned into indexes.
    public struct Row: Sendable {
        public let year: Int, region: Int, industry: Int
        public let employment: Double, establishments: Double, payroll: Double
        public init(year: Int, region: Int, industry: Int, employment: Double, establishments: Double, payroll: Double) {
            self.year = year; self.region = region; self.industry = industry
            self.employment = employment; self.establishments = establishments; self.payroll = payroll
        }
    }

    public struct Cell: Sendable, Equatable {
        public var employment = 0.0, establishments = 0.0, payroll = 0.0
        /// Payroll per employee.
        public var wage: Double? { employment > 0 ? payroll / employment : nil }
    }

    public struct Result: Sendable {
        public let year: Int
        /// [region][cluster]
        public let cells: [[Cell]]
        public let clusterLQ: [[Double?]]
        /// [region][industry], only industries with employment.
        public let industryLQ: [[Int: Double]]
        /// Traded clusters that are strong in each region.
        public let strong: [[Int]]
        /// Each region's three traded clusters with most employment, most first.
        public let topThree: [[Int]]
    }

    public let regions: Int, industries: Int, clusters: Int
    public let clusterOf: [Int]
    public let traded: [Bool]
    public let results: [Result]

    /// - Parameters: `clusterOf[industry]` names its cluster; `traded[cluster]` its type.
    public init(rows: [Row], regions: Int, industries: Int, clusterOf: [Int], traded: [Bool]) {
        self.regions = regions; self.industries = industries; self.clusters = traded.count
        self.clusterOf = clusterOf; self.traded = traded
        let years = Array(Set(rows.map(\.year))).sorted()
        results = years.map { year in Self.compute(rows.filter { $0.year == year }, year: year, regions: regions, industries: industries,
                                                    clusterOf: clusterOf, traded: traded) }
    }

    static func compute(_ rows: [Row], year: Int, regions: Int, industries: Int, clusterOf: [Int], traded: [Bool]) -> Result {
        let clusters = traded.count
        var regionTotal = [Double](repeating: 0, count: regions), industryTotal = [Double](repeating: 0, count: industries)
        var cells = [[Cell]](repeating: [Cell](repeating: Cell(), count: clusters), count: regions)
        var industryEmployment = [[Int: Double]](repeating: [:], count: regions)
        var national = 0.0
        for r in rows {
            regionTotal[r.region] += r.employment; industryTotal[r.industry] += r.employment; national += r.employment
            industryEmployment[r.region][r.industry, default: 0] += r.employment
            let c = clusterOf[r.industry]
            cells[r.region][c].employment += r.employment
            cells[r.region][c].establishments += r.establishments
            cells[r.region][c].payroll += r.payroll
        }
        // Industry LQ: the industry's share of the region's employment over its share of the nation's.
        let lq = (0..<regions).map { g -> [Int: Double] in
            var out: [Int: Double] = [:]
            for (i, e) in industryEmployment[g] where regionTotal[g] > 0 && industryTotal[i] > 0 {
                out[i] = (e / regionTotal[g]) / (industryTotal[i] / national)
            }
            return out
        }
        // Cluster LQ: shares within the same type of cluster, in the region and in the nation.
        var nationalCluster = [Double](repeating: 0, count: clusters)
        var regionType = [[Double]](repeating: [0, 0], count: regions), nationalType = [0.0, 0.0]
        for g in 0..<regions {
            for c in 0..<clusters {
                let e = cells[g][c].employment, t = traded[c] ? 1 : 0
                nationalCluster[c] += e; regionType[g][t] += e; nationalType[t] += e
            }
        }
        let clusterLQ = (0..<regions).map { g in
            (0..<clusters).map { c -> Double? in
                let t = traded[c] ? 1 : 0, e = cells[g][c].employment
                guard e > 0, regionType[g][t] > 0, nationalType[t] > 0, nationalCluster[c] > 0 else { return nil }
                return (e / regionType[g][t]) / (nationalCluster[c] / nationalType[t])
            }
        }
        // Strong: per traded cluster, over regions with employment in it.
        var strong = [[Int]](repeating: [], count: regions)
        for c in 0..<clusters where traded[c] {
            let present = (0..<regions).filter { cells[$0][c].employment > 0 }
            guard !present.isEmpty else { continue }
            let lqQ3 = Quantile.linear(present.compactMap { clusterLQ[$0][c] }, 0.75)
            let empQ1 = Quantile.linear(present.map { cells[$0][c].employment }, 0.25)
            let estQ1 = Quantile.linear(present.map { cells[$0][c].establishments }, 0.25)
            for g in present {
                guard let l = clusterLQ[g][c] else { continue }
                if l >= lqQ3 && l >= 1 && cells[g][c].employment > empQ1 && cells[g][c].establishments > estQ1 { strong[g].append(c) }
            }
        }
        let topThree = (0..<regions).map { g in
            Array((0..<clusters).filter { traded[$0] && cells[g][$0].employment > 0 }
                .sorted { (cells[g][$0].employment, -$0) > (cells[g][$1].employment, -$1) }.prefix(3))
        }
        return Result(year: year, cells: cells, clusterLQ: clusterLQ, industryLQ: lq, strong: strong, topThree: topThree)
    }

    /// Employment growth of each region × cluster between the first and the last year.
    public var growth: [[(change: Double, rate: Double?)]]? {
        guard let first = results.first, let last = results.last, results.count > 1 else { return nil }
        return (0..<regions).map { g in
            (0..<clusters).map { c in
                let a = first.cells[g][c].employment, b = last.cells[g][c].employment
                return (b - a, a > 0 ? (b - a) / a : nil)
            }
        }
    }
}

/// Quantiles by linear interpolation between order statistics (numpy's default, R's type 7).
public enum Quantile {
    public static func linear(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let s = values.sorted()
        let h = Double(s.count - 1) * p
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, s.count - 1)
        return s[lo] + (h - Double(lo)) * (s[hi] - s[lo])
    }
}
