import ClusterworksAnalytics
import Dispatch
import Foundation

/// Writes a seeded national statistics table (regions × industries × 2 years, 40 % of the cells
/// filled) and its cluster definitions, then times reading and mapping them end to end.
enum MappingBench {
    static func run(regions: Int, industries: Int, dir: String) {
        write(regions: regions, industries: industries, dir: dir)
        // The peak memory figure is the mapping's own, not the generator's.
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        let start = DispatchTime.now().uptimeNanoseconds
        let input = time("read statistics and definitions") {
            try! StatisticsInput(statistics: try! Data(contentsOf: URL(fileURLWithPath: dir + "/bench-stats.csv"), options: .alwaysMapped),
                                 definitions: try! Data(contentsOf: URL(fileURLWithPath: dir + "/bench-clusters.csv")))
        }
        let mapping = time("map clusters (LQs, strong, growth, top 3)") { () -> ClusterMapping in let m = input.mapping; _ = m.growth; return m }
        let written = time("write the five CSV files") { try! MappingOutput.write(input, mapping, to: dir + "/out-swift") }
        print(String(format: "%@ %10.1f ms  (%d MB written; goal: at most half of polars' end to end)", "end to end".padding(toLength: 40, withPad: " ", startingAt: 0),
                     Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, written / 1_000_000))
        let single = time("read, one thread (against plain C)") {
            try! StatisticsInput(statistics: try! Data(contentsOf: URL(fileURLWithPath: dir + "/bench-stats.csv"), options: .alwaysMapped),
                                 definitions: try! Data(contentsOf: URL(fileURLWithPath: dir + "/bench-clusters.csv")), threads: 1)
        }
        precondition(single.rows.count == input.rows.count)
        let strong = mapping.results.map { r in r.strong.reduce(0) { $0 + $1.count } }
        print("  strong clusters per year: \(strong); Σ employment \(Int(input.rows.reduce(0) { $0 + $1.employment })); peak memory \(peakMemoryMB()) MB")
    }

    static func write(regions: Int, industries: Int, dir: String) {
        var rng = Seeded(state: 7)
        // Clusters are blocks of 20 industries; seven in ten are traded.
        let defs = "industry,cluster,traded\n" + (0..<industries).map { "\(1000 + $0),C\($0 / 20),\(($0 / 20) % 10 < 7 ? 1 : 0)" }.joined(separator: "\n") + "\n"
        var stats = "year,region,industry,employment,establishments,payroll\n"
        stats.reserveCapacity(regions * industries * 2 * 12)
        var count = 0
        for year in [2010, 2020] {
            for r in 0..<regions {
                for i in 0..<industries where rng.below(10) < 4 {
                    let e = 1 + rng.below(500)
                    stats += "\(year),R\(r),\(1000 + i),\(e),\(1 + e / 20),\(e * (20 + rng.below(30)))\n"
                    count += 1
                }
            }
        }
        try! stats.write(toFile: dir + "/bench-stats.csv", atomically: true, encoding: .utf8)
        try! defs.write(toFile: dir + "/bench-clusters.csv", atomically: true, encoding: .utf8)
        print("Cluster mapping: \(count) rows, \(regions) regions, \(industries) industries (\(stats.utf8.count / 1_000_000) MB)")
    }

    /// The process's peak resident set (VmHWM), Linux only.
    static func peakMemoryMB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return -1 }
        return kb / 1024
    }
}
