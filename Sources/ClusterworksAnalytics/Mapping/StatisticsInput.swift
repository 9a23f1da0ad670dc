import Foundation

/// The regional statistics (`year,region,industry,employment,establishments,payroll`, header order
/// free, extra columns ignored) and the cluster definitions (`industry,cluster,traded`), read as
/// bytes. Every problem names its line and column: empty files, missing columns, values that are not
/// numbers, negative figures, industries the definitions do not know, the same year, region and
/// industry twice.
public struct StatisticsInput: Sendable {
    public let regionNames: [String]
    public let industryNames: [String]
    public let clusterNames: [String]
    public let clusterOf: [Int]
    public let traded: [Bool]
    public let rows: [ClusterMapping.Row]

    public init(statistics: Data, definitions: Data) throws {
        let defs = try CSVTable(data: definitions)
        let (di, dc, dt) = (try defs.column("industry")!, try defs.column("cluster")!, try defs.column("traded")!)
        var industryIndex: [String: Int] = [:], clusterIndex: [String: Int] = [:]
        var industryNames: [String] = [], clusterNames: [String] = [], clusterOf: [Int] = [], traded: [Bool] = []
        for (k, row) in defs.rows.enumerated() {
            let line = defs.lines[k]
            let industry = row[di].trimmingCharacters(in: .whitespaces), cluster = row[dc].trimmingCharacters(in: .whitespaces)
            guard industryIndex[industry] == nil else { throw CSVTable.Problem(line: line, column: "industry", message: "\"\(industry)\" is defined twice") }
            guard let flag = ["0": false, "1": true][row[dt].trimmingCharacters(in: .whitespaces)] else {
                throw CSVTable.Problem(line: line, column: "traded", message: "must be 1 (traded) or 0 (local)")
            }
            let c: Int
            if let known = clusterIndex[cluster] {
                guard traded[known] == flag else { throw CSVTable.Problem(line: line, column: "traded", message: "cluster \"\(cluster)\" is both traded and local") }
                c = known
            } else { c = clusterNames.count; clusterIndex[cluster] = c; clusterNames.append(cluster); traded.append(flag) }
            industryIndex[industry] = industryNames.count
            industryNames.append(industry); clusterOf.append(c)
        }
        self.industryNames = industryNames; self.clusterNames = clusterNames; self.clusterOf = clusterOf; self.traded = traded
        (regionNames, rows) = try Self.readStatistics(statistics, industries: industryIndex)
    }

    static func readStatistics(_ data: Data, industries: [String: Int]) throws -> ([String], [ClusterMapping.Row]) {
        let bytes = [UInt8](data)
        guard !bytes.isEmpty else { throw CSVTable.Problem(line: 1, column: nil, message: "the statistics file is empty") }
        var lineStart = 0, line = 1
        func nextLine() -> ArraySlice<UInt8>? {
            guard lineStart < bytes.count else { return nil }
            var end = lineStart
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var slice = bytes[lineStart..<end]
            if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
            lineStart = end + 1
            return slice
        }
        let header = nextLine()!.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased() }
        let names = ["year", "region", "industry", "employment", "establishments", "payroll"]
        var at: [Int] = []
        for n in names {
            guard let i = header.firstIndex(of: n) else { throw CSVTable.Problem(line: 1, column: n, message: "the header has no column \"\(n)\"") }
            at.append(i)
        }
        var regionIndex: [String: Int] = [:], regionNames: [String] = []
        var rows: [ClusterMapping.Row] = []
        var seen = Set<UInt64>()
        while let raw = nextLine() {
            line += 1
            if raw.isEmpty { continue }
            let fields = raw.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            guard fields.count == header.count else { throw CSVTable.Problem(line: line, column: nil, message: "has \(fields.count) values but the header names \(header.count) columns") }
            func number(_ k: Int) throws -> Double {
                guard let v = Self.parseNumber(fields[at[k]]) else {
                    throw CSVTable.Problem(line: line, column: names[k], message: "\"\(String(decoding: fields[at[k]], as: UTF8.self))\" is not a number")
                }
                guard v >= 0 else { throw CSVTable.Problem(line: line, column: names[k], message: "cannot be negative") }
                return v
            }
            let year = try number(0)
            guard year == year.rounded(), (1900...2100).contains(year) else { throw CSVTable.Problem(line: line, column: "year", message: "must be a year between 1900 and 2100") }
            let industryName = String(decoding: fields[at[2]], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard let industry = industries[industryName] else {
                throw CSVTable.Problem(line: line, column: "industry", message: "\"\(industryName)\" is not in the cluster definitions")
            }
            let regionName = String(decoding: fields[at[1]], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !regionName.isEmpty else { throw CSVTable.Problem(line: line, column: "region", message: "is empty") }
            let region: Int
            if let r = regionIndex[regionName] { region = r } else { region = regionNames.count; regionIndex[regionName] = region; regionNames.append(regionName) }
            let key = UInt64(year) << 48 | UInt64(region) << 24 | UInt64(industry)
            guard seen.insert(key).inserted else {
                throw CSVTable.Problem(line: line, column: nil, message: "\(Int(year)), \(regionName), \(industryName) appears twice")
            }
            rows.append(.init(year: Int(year), region: region, industry: industry, employment: try number(3), establishments: try number(4), payroll: try number(5)))
        }
        return (regionNames, rows)
    }

    /// A plain decimal number (optional sign, digits, one point) without going through String.
    static func parseNumber(_ b: ArraySlice<UInt8>) -> Double? {
        var i = b.startIndex, end = b.endIndex
        while i < end && b[i] == 32 { i += 1 }
        while end > i && b[end - 1] == 32 { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        if b[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if b[i] == UInt8(ascii: "+") { i += 1 }
        var value = 0.0, scale = 1.0, digits = 0, afterPoint = false
        while i < end {
            let c = b[i]
            if c >= 48 && c <= 57 {
                if afterPoint { scale /= 10; value += Double(c - 48) * scale } else { value = value * 10 + Double(c - 48) }
                digits += 1
            } else if c == UInt8(ascii: "."), !afterPoint { afterPoint = true } else { return nil }
            i += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    public var mapping: ClusterMapping {
        ClusterMapping(rows: rows, regions: regionNames.count, industries: industryNames.count, clusterOf: clusterOf, traded: traded)
    }
}
