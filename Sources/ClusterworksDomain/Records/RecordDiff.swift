/// One field's change in a record's history.
public struct FieldChange: Codable, Sendable, Equatable {
    public let field: String
    public let old: String?
    public let new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// The changes as the JSON array `JSONDecoder` reads back (`old` and `new` left out when nil),
    /// written directly: `JSONEncoder` took a sixteenth of a bulk import.
    public static func json(_ changes: [FieldChange]) -> String {
        var out = "["
        for (i, c) in changes.enumerated() {
            out += i == 0 ? "{\"field\":" : ",{\"field\":"
            quote(c.field, into: &out)
            if let old = c.old { out += ",\"old\":"; quote(old, into: &out) }
            if let new = c.new { out += ",\"new\":"; quote(new, into: &out) }
            out += "}"
        }
        return out + "]"
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

public enum RecordDiff {
    /// The fields whose shown value differs, in the schema's order (then any others by name).
    public static func changes(from old: RecordValues, to new: RecordValues, order: [String]) -> [FieldChange] {
        let keys = Set(old.keys).union(new.keys)
        let ordered = order.filter(keys.contains) + keys.subtracting(order).sorted()
        return ordered.compactMap { key in
            let before = old[key]?.display, after = new[key]?.display
            return before == after ? nil : FieldChange(field: key, old: before, new: after)
        }
    }
}
