/// A pragmatic check of an e-mail address: one `@`, a non-empty local part, a dotted domain,
/// no spaces, at most 254 characters. Deliverability is proven only by sending mail.
public enum EmailAddress {
    public static func isValid(_ s: String) -> Bool {
        guard s.count <= 254, !s.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return false }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }
}
