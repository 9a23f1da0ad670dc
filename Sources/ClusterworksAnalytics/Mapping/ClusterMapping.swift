import Dispatch
import Foundation
/// Cluster mapping from regional statistics, after the US Cluster Mapping Project: industry
/// location quotients, region × cluster employment, establishments and wages, the cluster location
/// quotient against the region's employment in clusters of the same type (traded or local), strong
/// clusters, growth between years, and each region's top three traded clusters.
public struct ClusterMapping: Sendable {
    /// One statistics row, with names already turned into indexes (kept as 32 bits: millions of
    /// rows are copied and summed, and a smaller row is a faster one).
    public struct Row: Sendable {
        let year32: Int32, region32: Int32, industry32: Int32
        public let employment: Double, establishments: Double, payroll: Double
        public var year: Int { Int(year32) }
        public var region: Int { Int(region32) }
        public var industry: Int { Int(industry32) }
        public init(year: Int, region: Int, industry: Int, employment: Double, establishments: Double, payroll: Double) {
            year32 = Int32(year); region32 = Int32(region); industry32 = Int32(industry)
            self.employment = employment; self.establishments = establishments; self.payroll = payroll
        }

        func inRegion(_ region: Int) -> Row {
            .init(year: year, region: region, industry: industry, employment: employment, establishments: establishments, payroll: payroll)
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
        /// Traded clusters that are strong in each region.
        public let strong: [[Int]]
        /// Each region's three traded clusters with most employment, most first.
        public let topThree: [[Int]]
    }

    public let regions: Int, industries: Int, clusters: Int
    public let clusterOf: [Int]
    public let traded: [Bool]
    public let results: [Result]
    /// Each row's industry location quotient (its share of the region's employment over its share of
    /// the nation's), in the order of the rows given; NaN where the region or industry employs no one.
    public let industryLQ: [Double]

    /// - Parameters: `clusterOf[industry]` names its cluster; `traded[cluster]` its type.
    public init(rows: [Row], regions: Int, industries: Int, clusterOf: [Int], traded: [Bool]) {
        self.regions = regions; self.industries = industries; self.clusters = traded.count
        self.clusterOf = clusterOf; self.traded = traded
        let totals = Totals(rows, regions: regions, industries: industries, clusterOf: clusterOf, clusters: traded.count)
        // The quotients of each row and the results of each year do not depend on one another.
        let years = totals.years.count
        let parts = Shared((lq: [[Double]](repeating: [], count: 2), results: [Result?](repeating: nil, count: years)))
        DispatchQueue.concurrentPerform(iterations: 2 + years) { k in
            if k < 2 {
                let half = rows.count / 2, range = k == 0 ? 0..<half : half..<rows.count
                let lq = totals.industryLQ(rows, range)
                parts.update { $0.lq[k] = lq }
            } else {
                let result = Self.result(totals, year: k - 2, traded: traded)
                parts.update { $0.results[k - 2] = result }
            }
        }
        let done = parts.result
        industryLQ = done.lq[0] + done.lq[1]
        results = done.results.map { $0! }
    }

    /// Sums over the rows in one pass: per year, each region × cluster cell, and the region,
    /// industry and national employment the quotients divide by. Flat arrays, indexed by year first.
    struct Totals {
        let years: [Int]
        let yearIndex: [Int]   // year − 1900 → index
        let regions: Int, industries: Int, clusters: Int
        var cells: [Cell], regionTotal: [Double], industryTotal: [Double], national: [Double]

        init(_ rows: [Row], regions: Int, industries: Int, clusterOf: [Int], clusters: Int) {
            var index = [Int](repeating: -1, count: 201)
            for r in rows where index[r.year - 1900] < 0 { index[r.year - 1900] = 0 }
            years = (0..<201).filter { index[$0] == 0 }.map { $0 + 1900 }
            for (k, y) in years.enumerated() { index[y - 1900] = k }
            yearIndex = index
            self.regions = regions; self.industries = industries; self.clusters = clusters
            cells = .init(repeating: Cell(), count: years.count * regions * clusters)
            regionTotal = .init(repeating: 0, count: years.count * regions)
            industryTotal = .init(repeating: 0, count: years.count * industries)
            national = .init(repeating: 0, count: years.count)
            for r in rows {
                let y = index[r.year - 1900]
                regionTotal[y * regions + r.region] += r.employment
                industryTotal[y * industries + r.industry] += r.employment
                national[y] += r.employment
                let c = (y * regions + r.region) * clusters + clusterOf[r.industry]
                cells[c].employment += r.employment; cells[c].establishments += r.establishments; cells[c].payroll += r.payroll
            }
        }

        func industryLQ(_ rows: [Row], _ range: Range<Int>) -> [Double] {
            [Double](unsafeUninitializedCapacity: range.count) { out, count in
                for k in range {
                    let r = rows[k], y = yearIndex[r.year - 1900]
                    let region = regionTotal[y * regions + r.region], industry = industryTotal[y * industries + r.industry]
                    out[k - range.lowerBound] = region > 0 && industry > 0 ? (r.employment / region) / (industry / national[y]) : .nan
                }
                count = range.count
            }
        }

        func cell(_ y: Int, _ g: Int, _ c: Int) -> Cell { cells[(y * regions + g) * clusters + c] }
    }

    static func result(_ t: Totals, year y: Int, traded: [Bool]) -> Result {
        let (regions, clusters) = (t.regions, t.clusters)
        let cells = (0..<regions).map { g in (0..<clusters).map { t.cell(y, g, $0) } }
        // Cluster LQ: shares within the same type of cluster, in the region and in the nation.
        var nationalCluster = [Double](repeating: 0, count: clusters)
        var regionType = [[Double]](repeating: [0, 0], count: regions), nationalType = [0.0, 0.0]
        for g in 0..<regions {
            for c in 0..<clusters {
                let e = cells[g][c].employment, type = traded[c] ? 1 : 0
                nationalCluster[c] += e; regionType[g][type] += e; nationalType[type] += e
            }
        }
        let clusterLQ = (0..<regions).map { g in
            (0..<clusters).map { c -> Double? in
                let type = traded[c] ? 1 : 0, e = cells[g][c].employment
                guard e > 0, regionType[g][type] > 0, nationalType[type] > 0, nationalCluster[c] > 0 else { return nil }
                return (e / regionType[g][type]) / (nationalCluster[c] / nationalType[type])
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
        return Result(year: t.years[y], cells: cells, clusterLQ: clusterLQ, strong: strong, topThree: topThree)
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
