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
            JSONString.quote(c.field, into: &out)
            if let old = c.old { out += ",\"old\":"; JSONString.quote(old, into: &out) }
            if let new = c.new { out += ",\"new\":"; JSONString.quote(new, into: &out) }
            out += "}"
        }
        return out + "]"
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
