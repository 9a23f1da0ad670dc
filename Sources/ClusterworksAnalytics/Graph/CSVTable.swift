import Foundation

/// A CSV file read as bytes (RFC 4180: commas, double quotes, CRLF or LF), with the line of each
/// record, so a bad value can be reported by line and column.
public struct CSVTable: Sendable {
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: String?
        public let message: String
        public var description: String { "line \(line)\(column.map { ", column \($0)" } ?? ""): \(message)" }
    }

    public let header: [String]
    public let rows: [[String]]
    /// The line of each row in the file (the header is line 1).
    public let lines: [Int]

    public init(data: Data) throws {
        var records: [[String]] = [], lines: [Int] = []
        var field = [UInt8](), record: [String] = []
        var line = 1, recordLine = 1, inQuotes = false, quoted = false
        let bytes = [UInt8](data)
        // Spreadsheets often save UTF-8 with a byte-order mark first.
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true); quoted = false }
        func endRecord() {
            endField()
            if !(record.count == 1 && record[0].isEmpty) { records.append(record); lines.append(recordLine) }
            record = []
        }
        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") { field.append(c); i += 1 } else { inQuotes = false }
                } else {
                    if c == UInt8(ascii: "\n") { line += 1 }
                    field.append(c)
                }
            } else {
                switch c {
                case UInt8(ascii: "\""):
                    guard field.isEmpty && !quoted else { throw Problem(line: line, column: nil, message: "a quote inside an unquoted value") }
                    inQuotes = true; quoted = true
                case UInt8(ascii: ","): endField()
                case UInt8(ascii: "\r"): break
                case UInt8(ascii: "\n"): endRecord(); line += 1; recordLine = line
                default: field.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw Problem(line: recordLine, column: nil, message: "a quoted value is not closed") }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        guard let header = records.first else { throw Problem(line: 1, column: nil, message: "the file is empty") }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        self.rows = Array(records.dropFirst())
        self.lines = Array(lines.dropFirst())
        for (k, r) in rows.enumerated() where r.count != self.header.count {
            throw Problem(line: self.lines[k], column: nil, message: "has \(r.count) values but the header names \(self.header.count) columns")
        }
    }

    /// The index of a column, or a problem naming it.
    public func column(_ name: String, required: Bool = true) throws -> Int? {
        if let i = header.firstIndex(of: name) { return i }
        if required { throw Problem(line: 1, column: name, message: "the header has no column \"\(name)\" (it has: \(header.joined(separator: ", ")))") }
        return nil
    }
}

/// Nodes and edges files turned into a graph. Rules: ids are text; a node listed twice, an edge
/// naming an unknown id, or a weight that is not a positive number is an error with its line and
/// column; self-loops are dropped and repeated ties merged by summing weights (see `Graph`).
public struct NetworkInput: Sendable {
    public let ids: [String]
    public let groups: [String?]
    public let kinds: [String?]
    public let graph: Graph

    public init(nodes: Data, edges: Data, directed: Bool) throws {
        let nodeTable = try CSVTable(data: nodes)
        let idColumn = try nodeTable.column("id")!
        let groupColumn = try nodeTable.column("group", required: false), kindColumn = try nodeTable.column("kind", required: false)
        var index: [String: Int] = [:]
        var ids: [String] = [], groups: [String?] = [], kinds: [String?] = []
        for (k, row) in nodeTable.rows.enumerated() {
            let id = row[idColumn].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { throw CSVTable.Problem(line: nodeTable.lines[k], column: "id", message: "is empty") }
            guard index[id] == nil else { throw CSVTable.Problem(line: nodeTable.lines[k], column: "id", message: "\"\(id)\" is listed twice") }
            index[id] = ids.count
            ids.append(id)
            groups.append(groupColumn.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 })
            kinds.append(kindColumn.map { row[$0] }.flatMap { $0.isEmpty ? nil : $0 })
        }
        guard !ids.isEmpty else { throw CSVTable.Problem(line: 2, column: nil, message: "the nodes file lists no node") }
        let edgeTable = try CSVTable(data: edges)
        let s = try edgeTable.column("source")!, t = try edgeTable.column("target")!, w = try edgeTable.column("weight", required: false)
        var list: [Graph.Edge] = []
        list.reserveCapacity(edgeTable.rows.count)
        for (k, row) in edgeTable.rows.enumerated() {
            let line = edgeTable.lines[k]
            guard let a = index[row[s].trimmingCharacters(in: .whitespaces)] else { throw CSVTable.Problem(line: line, column: "source", message: "\"\(row[s])\" is not in the nodes file") }
            guard let b = index[row[t].trimmingCharacters(in: .whitespaces)] else { throw CSVTable.Problem(line: line, column: "target", message: "\"\(row[t])\" is not in the nodes file") }
            var weight = 1.0
            if let w, !row[w].isEmpty {
                guard let v = Double(row[w].trimmingCharacters(in: .whitespaces)), v.isFinite, v > 0 else {
                    throw CSVTable.Problem(line: line, column: "weight", message: "\"\(row[w])\" is not a positive number")
                }
                weight = v
            }
            list.append(.init(a, b, weight))
        }
        self.ids = ids
        self.groups = groups
        self.kinds = kinds
        self.graph = Graph(nodeCount: ids.count, edges: list, directed: directed)
    }
}
