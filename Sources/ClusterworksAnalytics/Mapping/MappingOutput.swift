import Foundation

/// The cluster map as CSV files: industry location quotients, region × cluster figures, strong
/// clusters, top three per region, growth.
public enum MappingOutput {
    public static func files(_ input: StatisticsInput, _ m: ClusterMapping) -> [String: String] {
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
        industries.reserveCapacity(input.rows.count + 1)
        for (k, row) in input.rows.enumerated() {
            industries.append([String(row.year), q(input.regionNames[row.region]), q(input.industryNames[row.industry]), f(row.employment),
                               m.industryLQ[k].isNaN ? "" : f(m.industryLQ[k])].joined(separator: ","))
        }
        var out = ["industry_lq.csv": industries.joined(separator: "\n") + "\n", "region_clusters.csv": cells.joined(separator: "\n") + "\n", "strong_clusters.csv": strong.joined(separator: "\n") + "\n",
                   "top_clusters.csv": top.joined(separator: "\n") + "\n"]
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
