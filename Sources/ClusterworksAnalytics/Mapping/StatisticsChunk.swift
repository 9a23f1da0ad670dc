/// Which column of the statistics file holds each of the six figures.
struct StatisticsLayout: Sendable {
    static let names = ["year", "region", "industry", "employment", "establishments", "payroll"]
    /// For each column of the file: which of the six it is, or -1 to skip it.
    let role: [Int]
    var columns: Int { role.count }
}

/// The file's bytes, shared read-only with the threads that parse its slices.
struct SharedBytes: @unchecked Sendable {
    let base: UnsafeBufferPointer<UInt8>
}

/// One slice of the statistics file (whole lines), read on its own thread: rows with slice-local
/// region numbers and the problems found, lines counted from the slice's start.
struct StatisticsChunk {
    var rows: [ClusterMapping.Row] = []
    var regions = ByteInterner(capacity: 4096)
    var problems: [CSVTable.Problem] = []
    var lines = 0

    private var industryCodes = ByteInterner(capacity: 2048)
    /// Interned industry code → definition index, or -1 for a code the definitions do not know.
    private var industryOf: [Int] = []

    /// `reserve`: the bytes to make room for (the first slice keeps the rows of the others too).
    init(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int, reserve: Int, layout: StatisticsLayout, industries: [String: Int]) {
        rows.reserveCapacity(reserve / 24)
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: 6), ends = UnsafeMutablePointer<Int>.allocate(capacity: 6)
        defer { starts.deallocate(); ends.deallocate() }
        let comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        var pos = from
        layout.role.withUnsafeBufferPointer { role in
            while pos < to && problems.count < StatisticsProblems.limit {
                lines += 1
                // One scan of the line notes where our six fields start and end; a comma inside
                // quotes (a spreadsheet's "Pune, East") does not end a field.
                var column = 0, start = pos, i = pos, quoted = false
                while true {
                    let atEnd = i == to || b[i] == newline
                    if !atEnd && b[i] == quote { quoted.toggle() }
                    if atEnd || (b[i] == comma && !quoted) {
                        var (s, end) = (start, i)
                        if atEnd && end > s && b[end - 1] == cr { end -= 1 }
                        if end - s >= 2 && b[s] == quote && b[end - 1] == quote { s += 1; end -= 1 }
                        if column < role.count, role[column] >= 0 { starts[role[column]] = s; ends[role[column]] = end }
                        column += 1
                        start = i + 1
                        if atEnd { break }
                    }
                    i += 1
                }
                let lineStart = pos
                pos = i + 1
                if column == 1 && (i == lineStart || (i == lineStart + 1 && b[lineStart] == cr)) { continue }   // an empty line
                guard column == role.count else {
                    problems.append(.init(line: lines, column: nil, message: "has \(column) values but the header names \(role.count) columns"))
                    continue
                }
                if let row = row(b, starts, ends, industries) { rows.append(row) }
            }
        }
    }

    /// The row of the fields just found, or nil after noting what is wrong with them.
    private mutating func row(_ b: UnsafeBufferPointer<UInt8>, _ starts: UnsafeMutablePointer<Int>, _ ends: UnsafeMutablePointer<Int>,
                              _ industries: [String: Int]) -> ClusterMapping.Row? {
        func text(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[starts[k]..<ends[k]]), as: UTF8.self) }
        func fail(_ k: Int?, _ message: String) -> ClusterMapping.Row? {
            problems.append(.init(line: lines, column: k.map { StatisticsLayout.names[$0] }, message: message)); return nil
        }
        var figures = (0.0, 0.0, 0.0)
        for k in 3...5 {
            guard let v = StatisticsInput.parseNumber(b, starts[k], ends[k]) else { return fail(k, "\"\(text(k))\" is not a number") }
            guard v >= 0 else { return fail(k, "cannot be negative") }
            if k == 3 { figures.0 = v } else if k == 4 { figures.1 = v } else { figures.2 = v }
        }
        guard let year = StatisticsInput.parseNumber(b, starts[0], ends[0]), year == year.rounded(), (1900...2100).contains(year) else {
            return fail(0, "must be a year between 1900 and 2100, not \"\(text(0))\"")
        }
        let code = industryCodes.index(b, start: starts[2], length: ends[2] - starts[2])
        if code == industryOf.count { industryOf.append(industries[text(2).trimmingCharacters(in: .whitespaces)] ?? -1) }
        let industry = industryOf[code]
        guard industry >= 0 else { return fail(2, "\"\(text(2))\" is not in the cluster definitions") }
        // Surrounding spaces do not make another region.
        var s = starts[1], e = ends[1]
        while s < e && b[s] == 32 { s += 1 }
        while e > s && b[e - 1] == 32 { e -= 1 }
        guard e > s else { return fail(1, "is empty") }
        let region = regions.index(b, start: s, length: e - s)
        return .init(year: Int(year), region: region, industry: industry, employment: figures.0, establishments: figures.1, payroll: figures.2)
    }
}
