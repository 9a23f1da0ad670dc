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
        try data.withUnsafeBytes { raw in
            try readStatistics(raw.bindMemory(to: UInt8.self), industries: industries)
        }
    }

    /// One pass over the bytes: fields are found by scanning, names interned without making a
    /// String per row, numbers parsed in place.
    static func readStatistics(_ bytes: UnsafeBufferPointer<UInt8>, industries: [String: Int]) throws -> ([String], [ClusterMapping.Row]) {
        guard !bytes.isEmpty else { throw CSVTable.Problem(line: 1, column: nil, message: "the statistics file is empty") }
        let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var headerEnd = 0
        while headerEnd < bytes.count && bytes[headerEnd] != newline { headerEnd += 1 }
        let header = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<headerEnd]), as: UTF8.self)
            .split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        let names = ["year", "region", "industry", "employment", "establishments", "payroll"]
        var at: [Int] = []
        for n in names {
            guard let i = header.firstIndex(of: n) else { throw CSVTable.Problem(line: 1, column: n, message: "the header has no column \"\(n)\"") }
            at.append(i)
        }
        // For each column of the file: which of our six it is (or -1 to skip).
        var role = [Int](repeating: -1, count: header.count)
        for (k, i) in at.enumerated() { role[i] = k }
        var regions = ByteInterner(capacity: 4096), industryCodes = ByteInterner(capacity: 2048)
        var industryOf: [Int] = []   // interned industry code → definition index, or -1
        var rows: [ClusterMapping.Row] = []
        rows.reserveCapacity(bytes.count / 32)
        var seen = Set<UInt64>()
        var pos = headerEnd + 1, line = 1
        var fieldStart = [Int](repeating: 0, count: 6), fieldEnd = [Int](repeating: 0, count: 6)
        while pos < bytes.count {
            line += 1
            var column = 0, start = pos
            var end = pos
            while end < bytes.count && bytes[end] != newline { end += 1 }
            var lineEnd = end
            if lineEnd > pos && bytes[lineEnd - 1] == cr { lineEnd -= 1 }
            if lineEnd == pos { pos = end + 1; continue }
            var i = pos
            while true {
                if i == lineEnd || bytes[i] == comma {
                    if column < role.count, role[column] >= 0 { fieldStart[role[column]] = start; fieldEnd[role[column]] = i }
                    column += 1
                    if i == lineEnd { break }
                    start = i + 1
                }
                i += 1
            }
            guard column == header.count else { throw CSVTable.Problem(line: line, column: nil, message: "has \(column) values but the header names \(header.count) columns") }
            func text(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart[k]..<fieldEnd[k]]), as: UTF8.self) }
            func number(_ k: Int) throws -> Double {
                guard let v = parseNumber(bytes, fieldStart[k], fieldEnd[k]) else {
                    throw CSVTable.Problem(line: line, column: names[k], message: "\"\(text(k))\" is not a number")
                }
                guard v >= 0 else { throw CSVTable.Problem(line: line, column: names[k], message: "cannot be negative") }
                return v
            }
            let year = try number(0)
            guard year == year.rounded(), (1900...2100).contains(year) else { throw CSVTable.Problem(line: line, column: "year", message: "must be a year between 1900 and 2100") }
            let code = industryCodes.index(bytes, start: fieldStart[2], length: fieldEnd[2] - fieldStart[2])
            if code == industryOf.count { industryOf.append(industries[text(2).trimmingCharacters(in: .whitespaces)] ?? -1) }
            let industry = industryOf[code]
            guard industry >= 0 else { throw CSVTable.Problem(line: line, column: "industry", message: "\"\(text(2))\" is not in the cluster definitions") }
            // Surrounding spaces do not make another region.
            while fieldStart[1] < fieldEnd[1] && bytes[fieldStart[1]] == 32 { fieldStart[1] += 1 }
            while fieldEnd[1] > fieldStart[1] && bytes[fieldEnd[1] - 1] == 32 { fieldEnd[1] -= 1 }
            guard fieldEnd[1] > fieldStart[1] else { throw CSVTable.Problem(line: line, column: "region", message: "is empty") }
            let region = regions.index(bytes, start: fieldStart[1], length: fieldEnd[1] - fieldStart[1])
            let key = UInt64(year) << 48 | UInt64(region) << 24 | UInt64(industry)
            guard seen.insert(key).inserted else {
                throw CSVTable.Problem(line: line, column: nil, message: "\(Int(year)), \(text(1)), \(text(2)) appears twice")
            }
            rows.append(.init(year: Int(year), region: region, industry: industry, employment: try number(3), establishments: try number(4), payroll: try number(5)))
            pos = end + 1
        }
        let regionNames = (0..<regions.count).map { regions.string(bytes, $0) }
        return (regionNames, rows)
    }

    /// A plain decimal number (optional sign, digits, one point) read in place from the bytes.
    static func parseNumber(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
        var i = from, end = to
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
