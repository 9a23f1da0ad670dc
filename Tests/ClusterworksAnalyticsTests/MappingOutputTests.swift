import Foundation
@testable import ClusterworksAnalytics
import Testing

@Suite("Cluster map files")
struct MappingOutputTests {
    @Test("a number is written exactly as %.6g writes it: integers, fractions, ties, tiny and huge values, signs")
    func significantDigitsAsC() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 1.5, 2.5, 100_000, 999_999, 999_999.5, 999_999.4, 1_000_000, 1_234_567, 0.0001, 0.00009999995,
                                0.000123456, 1e-5, 123_456.5, 12.34565, 0.1 + 0.2, 1e16, 1e22, 1e23, 5e-324, .greatestFiniteMagnitude, .nan, .infinity, -.infinity]
        for _ in 0..<20_000 {
            values.append(Double(Int.random(in: -2_000_000...2_000_000, using: &generator)))
            values.append(Double.random(in: 0..<10, using: &generator) * pow(10, Double(Int.random(in: -8...12, using: &generator))))
            values.append(Double(Int.random(in: 1...9_999_999, using: &generator)) / pow(10, Double(Int.random(in: 0...7, using: &generator))))
            values.append(Double(Int.random(in: 0...1_000_000, using: &generator)) + 0.5)
        }
        for v in values { #expect(SignificantDigits.string(v) == String(format: "%.6g", v), "\(v)") }
    }

    @Test("given two years of statistics with odd names, the five files are byte for byte those written with String(format:)")
    func filesAsBefore() throws {
        // Every third industry sits in a cluster whose name a spreadsheet would run and that needs quoting.
        let defs = "industry,cluster,traded\n" + (0..<60).map { i in
            i % 3 == 0 ? "\(1000 + i),\"=Cluster, \"\"\(i % 2)\"\"\",\(i % 2)" : "\(1000 + i),C\(i / 20),\((i / 20) % 2)"
        }.joined(separator: "\n") + "\n"
        var stats = "year,region,industry,employment,establishments,payroll\n"
        var state: UInt64 = 11
        func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) % n }
        for year in [2010, 2020] {
            for r in 0..<25 { for i in 0..<60 where next(10) < 6 {
                let e = 1 + next(5000)
                stats += "\(year),\(r == 3 ? "\"Region, \(r)\"" : "R\(r)"),\(1000 + i),\(e),\(1 + e / 17),\(Double(e * (20 + next(30))) + 0.25)\n"
            } }
        }
        let input = try StatisticsInput(statistics: Data(stats.utf8), definitions: Data(defs.utf8))
        let files = MappingOutput.files(input, input.mapping)
        let reference = Self.formatted(input, input.mapping)
        #expect(Set(files.keys) == Set(reference.keys) && files.count == 5)
        for (name, text) in reference { #expect(files[name] == Array(text.utf8), "\(name)") }
    }

    /// The writer as it was before bytes: `String(format: "%.6g")` per number, lines joined.
    static func formatted(_ input: StatisticsInput, _ m: ClusterMapping) -> [String: String] {
        let q = CSVWriter.field
        func f(_ d: Double?) -> String { d.map { String(format: "%.6g", $0) } ?? "" }
        var cells = ["year,region,cluster,traded,employment,establishments,wage,lq,strong"]
        var strong = ["year,region,cluster,lq,employment"], top = ["year,region,rank,cluster,employment"]
        for r in m.results {
            for g in 0..<m.regions {
                let strongHere = Set(r.strong[g])
                for c in 0..<m.clusters where r.cells[g][c].employment > 0 {
                    let cell = r.cells[g][c]
                    cells.append([String(r.year), q(input.regionNames[g]), q(input.clusterNames[c]), m.traded[c] ? "1" : "0", f(cell.employment),
                                  f(cell.establishments), f(cell.wage), f(r.clusterLQ[g][c]), strongHere.contains(c) ? "1" : "0"].joined(separator: ","))
                    if strongHere.contains(c) {
                        strong.append([String(r.year), q(input.regionNames[g]), q(input.clusterNames[c]), f(r.clusterLQ[g][c]), f(cell.employment)].joined(separator: ","))
                    }
                }
                for (rank, c) in r.topThree[g].enumerated() {
                    top.append([String(r.year), q(input.regionNames[g]), String(rank + 1), q(input.clusterNames[c]), f(r.cells[g][c].employment)].joined(separator: ","))
                }
            }
        }
        var industries = ["year,region,industry,employment,lq"]
        for (k, row) in input.rows.enumerated() {
            industries.append([String(row.year), q(input.regionNames[row.region]), q(input.industryNames[row.industry]), f(row.employment),
                               m.industryLQ[k].isNaN ? "" : f(m.industryLQ[k])].joined(separator: ","))
        }
        var out = ["industry_lq.csv": industries.joined(separator: "\n") + "\n", "region_clusters.csv": cells.joined(separator: "\n") + "\n",
                   "strong_clusters.csv": strong.joined(separator: "\n") + "\n", "top_clusters.csv": top.joined(separator: "\n") + "\n"]
        if let growth = m.growth, let first = m.results.first?.year, let last = m.results.last?.year {
            var lines = ["region,cluster,from,to,change,rate"]
            for g in 0..<m.regions {
                for c in 0..<m.clusters where growth[g][c].change != 0 || (m.results.last!.cells[g][c].employment > 0) {
                    lines.append([q(input.regionNames[g]), q(input.clusterNames[c]), String(first), String(last), f(growth[g][c].change), f(growth[g][c].rate)].joined(separator: ","))
                }
            }
            out["growth.csv"] = lines.joined(separator: "\n") + "\n"
        }
        return out
    }
}
