/// A plausible e-mail address: one @, a non-empty local part of at most 64 characters, a domain of
/// two or more labels that do not start or end with a hyphen, no spaces, control characters, quotes
/// or brackets, at most 254 characters. Deliverability is proven only by sending mail. Read character by Unicode
/// scalar, as JSON Schema's pattern reads it, so the API's document and the server agree.
public enum EmailAddress {
    public static func isValid(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count <= 254, !scalars.contains(where: isExcluded) else { return false }
        let parts = scalars.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.first != "-" && $0.last != "-" }
    }

    static func isExcluded(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c.properties.generalCategory == .control || c == "\u{FEFF}" || c == "<" || c == ">" || c == "\""
    }
}
