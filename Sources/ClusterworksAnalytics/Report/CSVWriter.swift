/// The one way the app writes CSV (downloads and the CLI's files alike): RFC 4180 quoting, and text
/// a spreadsheet would run as a formula — a leading `=`, `+`, `-`, `@`, tab or carriage return — is
/// prefixed with `'` so it is shown, not run. Numbers keep their sign.
public enum CSVWriter {
    public static func field(_ text: String) -> String {
        var t = text
        if let first = t.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isNumber(t) { t = "'" + t }
        guard t.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return t }
        return "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Fields already written (numbers from the code, not from users) are passed as they are.
    public static func line(_ fields: [String]) -> String { fields.joined(separator: ",") }

    /// Text fields made safe, then joined.
    public static func line(text fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// A signed decimal number (digits, a point, an exponent): harmless to a spreadsheet.
    static func isNumber(_ t: String) -> Bool {
        t.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) } && Double(t) != nil
    }
}
