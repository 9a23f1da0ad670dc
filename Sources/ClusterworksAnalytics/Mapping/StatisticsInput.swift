import Dispatch
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

    /// - Parameter threads: how many slices of the statistics are read at once (one per processor by default).
    public init(statistics: Data, definitions: Data, threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        let defs: Definitions
        do { defs = try Definitions(definitions) } catch let p as CSVTable.Problem { throw StatisticsProblems([p], file: .definitions) }
        industryNames = defs.industryNames; clusterNames = defs.clusterNames; clusterOf = defs.clusterOf; traded = defs.traded
        (regionNames, rows) = try Self.readStatistics(statistics, industries: defs.industryIndex, threads: threads)
    }

    /// `industry,cluster,traded`: each industry once, each cluster either traded or local.
    struct Definitions {
        var industryIndex: [String: Int] = [:], clusterIndex: [String: Int] = [:]
        var industryNames: [String] = [], clusterNames: [String] = [], clusterOf: [Int] = [], traded: [Bool] = []

        init(_ data: Data) throws {
            let defs = try CSVTable(data: data)
            let (di, dc, dt) = (try defs.column("industry")!, try defs.column("cluster")!, try defs.column("traded")!)
            guard !defs.rows.isEmpty else { throw CSVTable.Problem(line: 2, column: nil, message: "the definitions name no industry") }
            for (k, row) in defs.rows.enumerated() {
                let line = defs.lines[k]
                let industry = row[di].trimmingCharacters(in: .whitespaces), cluster = row[dc].trimmingCharacters(in: .whitespaces)
                guard !industry.isEmpty else { throw CSVTable.Problem(line: line, column: "industry", message: "is empty") }
                guard !cluster.isEmpty else { throw CSVTable.Problem(line: line, column: "cluster", message: "is empty") }
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
        }
    }

    static func readStatistics(_ data: Data, industries: [String: Int], threads: Int) throws -> ([String], [ClusterMapping.Row]) {
        try data.withUnsafeBytes { raw in
            try readStatistics(raw.bindMemory(to: UInt8.self), industries: industries, threads: threads)
        }
    }

    /// The header names the columns; the lines after it are cut into one slice per processor at line
    /// breaks and read in parallel, then their regions are numbered in file order.
    static func readStatistics(_ bytes: UnsafeBufferPointer<UInt8>, industries: [String: Int],
                               threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> ([String], [ClusterMapping.Row]) {
        guard !bytes.isEmpty else { throw StatisticsProblems([.init(line: 1, column: nil, message: "the statistics file is empty")]) }
        let newline = UInt8(ascii: "\n")
        // Spreadsheets often save UTF-8 with a byte-order mark first.
        let headerStart = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var headerEnd = headerStart
        while headerEnd < bytes.count && bytes[headerEnd] != newline { headerEnd += 1 }
        let layout = try layout(String(decoding: UnsafeBufferPointer(rebasing: bytes[headerStart..<headerEnd]), as: UTF8.self))
        let bounds = slices(bytes, from: min(headerEnd + 1, bytes.count), count: max(1, min(threads, 8)))
        let shared = SharedBytes(base: bytes)
        let parts = Shared([StatisticsChunk?](repeating: nil, count: bounds.count))
        DispatchQueue.concurrentPerform(iterations: bounds.count) { k in
            let reserve = k == 0 ? shared.base.count - bounds[0].0 : bounds[k].1 - bounds[k].0
            let chunk = StatisticsChunk(shared.base, from: bounds[k].0, to: bounds[k].1, reserve: reserve, layout: layout, industries: industries)
            parts.update { $0[k] = chunk }
        }
        var chunks = parts.result.map { $0! }
        // Lines are counted per slice; the header is line 1. The first slice's regions keep their
        // numbers and its rows become the table (it reserved room for the whole file).
        var problems: [CSVTable.Problem] = [], firstLine = 1
        var regions = ByteInterner(capacity: 4096)
        var rows: [ClusterMapping.Row] = []
        swap(&rows, &chunks[0].rows)
        for chunk in chunks {
            problems += chunk.problems.map { .init(line: $0.line + firstLine, column: $0.column, message: $0.message) }
            firstLine += chunk.lines
            let global = (0..<chunk.regions.count).map { regions.index(bytes, start: chunk.regions.starts[$0], length: chunk.regions.lengths[$0]) }
            for r in chunk.rows { rows.append(r.inRegion(global[r.region])) }
        }
        if problems.isEmpty && rows.isEmpty { problems = [.init(line: 2, column: nil, message: "has no figures below the header")] }
        if problems.isEmpty {
            problems = duplicates(rows, regions: regions.count, industries: industries) { [regions] in regions.string(bytes, $0) }
                .map { .init(line: line(bytes, ofRow: $0.line, after: headerEnd + 1), column: $0.column, message: $0.message) }
        }
        guard problems.isEmpty else {
            throw StatisticsProblems(Array(problems.prefix(StatisticsProblems.limit)), truncated: problems.count >= StatisticsProblems.limit)
        }
        return ((0..<regions.count).map { regions.string(bytes, $0) }, rows)
    }

    static func layout(_ headerLine: String) throws -> StatisticsLayout {
        let header = headerLine.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        var role = [Int](repeating: -1, count: header.count)
        var missing: [CSVTable.Problem] = []
        for (k, n) in StatisticsLayout.names.enumerated() {
            if let i = header.firstIndex(of: n) { role[i] = k } else { missing.append(.init(line: 1, column: n, message: "the header has no column \"\(n)\"")) }
        }
        guard missing.isEmpty else { throw StatisticsProblems(missing) }
        return StatisticsLayout(role: role)
    }

    /// Cuts `from ..< count` into about equal slices that end at line breaks.
    static func slices(_ b: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = [], start = from
        let size = (b.count - from) / count
        for k in 0..<count where start < b.count {
            var end = k == count - 1 ? b.count : max(start, from + size * (k + 1))
            while end < b.count && b[end] != UInt8(ascii: "\n") { end += 1 }
            end = min(end + 1, b.count)
            out.append((start, end)); start = end
        }
        return out.isEmpty ? [(from, from)] : out
    }

    /// The same year, region and industry twice, found with one bit per possible cell.
    /// The problems' `line` is the row's index until the caller finds its line.
    static func duplicates(_ rows: [ClusterMapping.Row], regions: Int, industries: [String: Int],
                           regionName: (Int) -> String) -> [CSVTable.Problem] {
        var yearIndex = [Int](repeating: -1, count: 201), years = 0
        for r in rows where yearIndex[r.year - 1900] < 0 { yearIndex[r.year - 1900] = years; years += 1 }
        let width = industries.count
        var bits = [UInt64](repeating: 0, count: (years * regions * width) / 64 + 1)
        var found: [CSVTable.Problem] = []
        for (k, r) in rows.enumerated() {
            let cell = (yearIndex[r.year - 1900] * regions + r.region) * width + r.industry
            let (word, bit) = (cell >> 6, UInt64(1) << UInt64(cell & 63))
            if bits[word] & bit != 0 {
                let industry = industries.first { $0.value == r.industry }?.key ?? ""
                found.append(.init(line: k, column: nil,
                                   message: "\(r.year), \(regionName(r.region)), \(industry) appears on an earlier line too"))
                if found.count >= StatisticsProblems.limit { break }
            }
            bits[word] |= bit
        }
        return found
    }

    /// The file line of the `row`th row (rows are the lines that are not empty), found again only
    /// when a problem needs it.
    static func line(_ b: UnsafeBufferPointer<UInt8>, ofRow row: Int, after start: Int) -> Int {
        var line = 2, seen = -1, i = start
        while i < b.count {
            var end = i
            while end < b.count && b[end] != UInt8(ascii: "\n") { end += 1 }
            let empty = end == i || (end == i + 1 && b[i] == UInt8(ascii: "\r"))
            if !empty { seen += 1; if seen == row { return line } }
            line += 1; i = end + 1
        }
        return line
    }

    /// A plain decimal number (optional sign, digits, one point) read in place from the bytes; whole
    /// and fractional digits are gathered as integers, which is exact up to 18 digits each.
    @inline(__always)
    static func parseNumber(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
        var i = from, end = to
        while i < end && b[i] == 32 { i += 1 }
        while end > i && b[end - 1] == 32 { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        if b[i] == UInt8(ascii: "-") { negative = true; i += 1 } else if b[i] == UInt8(ascii: "+") { i += 1 }
        var whole: UInt64 = 0, digits = 0
        while i < end, b[i] &- 48 < 10 { whole = whole &* 10 &+ UInt64(b[i] &- 48); digits += 1; i += 1 }
        var value = Double(whole)
        if i < end && b[i] == UInt8(ascii: ".") {
            i += 1
            var fraction: UInt64 = 0, scale = 1.0, places = 0
            while i < end, b[i] &- 48 < 10 { fraction = fraction &* 10 &+ UInt64(b[i] &- 48); scale *= 10; places += 1; i += 1 }
            value += Double(fraction) / scale
            if places > 18 { return longNumber(b, from, to) }
            digits += places
        }
        guard i == end, digits > 0 else { return nil }
        if digits > 18 { return longNumber(b, from, to) }
        return negative ? -value : value
    }

    /// Numbers too long for the integer path go through the standard library.
    static func longNumber(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
        Double(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }

    public var mapping: ClusterMapping {
        ClusterMapping(rows: rows, regions: regionNames.count, industries: industryNames.count, clusterOf: clusterOf, traded: traded)
    }
}
