/// JSON's string escapes, shared by every writer of JSON that does not go through `JSONEncoder`.
public enum JSONString {
    /// How a byte that cannot stand in a JSON string as it is must be written, or nil when it can.
    public static func escape(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\\"): "\\\\"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0x08: "\\b"
        case 0x0C: "\\f"
        case ..<0x20: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
        default: nil
        }
    }

    /// The string in quotes, its plain runs appended whole (appending scalar by scalar was most of
    /// the time spent writing a bulk import's history).
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var plainStart = utf8.startIndex
        var index = plainStart
        while index != utf8.endIndex {
            // Escaped bytes are ASCII, so the runs between them end on whole characters.
            if let escaped = escape(utf8[index]) {
                out += s[plainStart..<index]
                out += escaped
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += s[plainStart..<index]
        out += "\""
    }
}
