import Foundation

/// The cluster map as CSV files: industry location quotients, region × cluster figures, strong
/// clusters, top three per region, growth. Each file is written in one pass into a byte buffer;
/// names are made CSV-safe once, not once per line.
public enum MappingOutput {
    /// Writes the files into a folder, each replaced whole (written aside, then renamed).
    public static func write(_ input: StatisticsInput, _ m: ClusterMapping, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written = 0
        for (name, bytes) in files(input, m) {
            try bytes.withUnsafeBytes { raw in
                try Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count, deallocator: .none)
                    .write(to: URL(fileURLWithPath: folder + "/" + name), options: .atomic)
            }
            written += bytes.count
        }
        return written
    }

    public static func files(_ input: StatisticsInput, _ m: ClusterMapping) -> [String: [UInt8]] {
        let regions = input.regionNames.map { Array(CSVWriter.field($0).utf8) }
        let clusters = input.clusterNames.map { Array(CSVWriter.field($0).utf8) }
        let industries = input.industryNames.map { Array(CSVWriter.field($0).utf8) }
        var cells = CSVBytes(header: "year,region,cluster,traded,employment,establishments,wage,lq,strong")
        var strong = CSVBytes(header: "year,region,cluster,lq,employment"), top = CSVBytes(header: "year,region,rank,cluster,employment")
        for r in m.results {
            for g in 0..<m.regions {
                let strongHere = Set(r.strong[g])
                for c in 0..<m.clusters where r.cells[g][c].employment > 0 {
                    let cell = r.cells[g][c], isStrong = strongHere.contains(c)
                    cells.line { $0.int(r.year); $0.raw(regions[g]); $0.raw(clusters[c]); $0.raw(m.traded[c] ? "1" : "0"); $0.number(cell.employment)
                        $0.number(cell.establishments); $0.number(cell.wage); $0.number(r.clusterLQ[g][c]); $0.raw(isStrong ? "1" : "0") }
                    if isStrong {
                        strong.line { $0.int(r.year); $0.raw(regions[g]); $0.raw(clusters[c]); $0.number(r.clusterLQ[g][c]); $0.number(cell.employment) }
                    }
                }
                for (rank, c) in r.topThree[g].enumerated() {
                    top.line { $0.int(r.year); $0.raw(regions[g]); $0.int(rank + 1); $0.raw(clusters[c]); $0.number(r.cells[g][c].employment) }
                }
            }
        }
        // The one large file (a line per input row) is written in slices on every core, then joined.
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, input.rows.count / 100_000))
        let parts = ParallelSlices.map(count: input.rows.count, slices: slices) { range -> [UInt8] in
            var lq = CSVBytes(capacity: range.count * 40)
            for k in range {
                let row = input.rows[k]
                lq.line { $0.int(row.year); $0.raw(regions[row.region]); $0.raw(industries[row.industry]); $0.number(row.employment)
                    $0.number(m.industryLQ[k].isNaN ? nil : m.industryLQ[k]) }
            }
            return lq.bytes
        }
        var lq = CSVBytes(header: "year,region,industry,employment,lq", capacity: parts.reduce(0) { $0 + $1.count } + 64)
        for part in parts { lq.append(part) }
        var out = ["industry_lq.csv": lq.bytes, "region_clusters.csv": cells.bytes, "strong_clusters.csv": strong.bytes, "top_clusters.csv": top.bytes]
        if let growth = m.growth, let first = m.results.first?.year, let last = m.results.last?.year {
            var lines = CSVBytes(header: "region,cluster,from,to,change,rate")
            for g in 0..<m.regions {
                for c in 0..<m.clusters where growth[g][c].change != 0 || (m.results.last!.cells[g][c].employment > 0) {
                    lines.line { $0.raw(regions[g]); $0.raw(clusters[c]); $0.int(first); $0.int(last); $0.number(growth[g][c].change); $0.number(growth[g][c].rate) }
                }
            }
            out["growth.csv"] = lines.bytes
        }
        return out
    }
}

/// A CSV file being written: lines of comma-separated fields, each line ending in `\n`.
struct CSVBytes {
    private(set) var bytes: [UInt8] = []
    private var fieldsInLine = 0

    init(header: String? = nil, capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
        if let header {
            bytes.append(contentsOf: header.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Whole lines written elsewhere.
    mutating func append(_ lines: [UInt8]) { bytes.append(contentsOf: lines) }

    mutating func line(_ fields: (inout CSVBytes) -> Void) {
        fieldsInLine = 0
        fields(&self)
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func separate() {
        if fieldsInLine > 0 { bytes.append(UInt8(ascii: ",")) }
        fieldsInLine += 1
    }

    /// Bytes already CSV-safe (a name made safe once, a fixed flag).
    mutating func raw(_ field: [UInt8]) { separate(); bytes.append(contentsOf: field) }
    mutating func raw(_ field: StaticString) { separate(); field.withUTF8Buffer { bytes.append(contentsOf: $0) } }
    mutating func int(_ n: Int) { separate(); SignificantDigits.appendInteger(n, to: &bytes) }
    /// As `%.6g`; nothing for no value.
    mutating func number(_ d: Double?) { separate(); if let d { SignificantDigits.append(d, to: &bytes) } }
}
