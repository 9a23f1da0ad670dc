import ClusterworksDomain

/// One language's translations, read from a file translators edit without reading Swift:
///
///     // Where the phrase is shown, for the translator
///     "{1} of {2} indicators at or above target" = "{1} de {2} indicadores en la meta o por encima";
///     "{1} members#one" = "{1} miembro";
///
/// The key is the English phrase; `#one`/`#other` give the plural forms chosen by the phrase's first
/// count. `\"`, `\\` and `\n` are the only escapes.
struct Catalogue: Sendable {
    let entries: [String: String]

    struct Problem: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    init(entries: [String: String]) { self.entries = entries }

    init(parsing text: String) throws {
        var entries: [String: String] = [:]
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("//") || line.hasPrefix("#") { continue }
            var rest = Substring(line)
            guard let key = Self.quoted(&rest) else { throw Problem(line: i + 1, reason: "expected \"key\" = \"value\";") }
            rest = rest.drop { $0 == " " }
            guard rest.first == "=" else { throw Problem(line: i + 1, reason: "expected = after the key") }
            rest = rest.dropFirst().drop { $0 == " " }
            guard let value = Self.quoted(&rest), rest.trimmingCharacters(in: .whitespaces) == ";" else {
                throw Problem(line: i + 1, reason: "expected \"value\"; after =")
            }
            guard entries[key] == nil else { throw Problem(line: i + 1, reason: "the key \"\(key)\" is given twice") }
            entries[key] = value
        }
        self.entries = entries
    }

    /// Reads one quoted string from the start of `s`, leaving what follows it.
    private static func quoted(_ s: inout Substring) -> String? {
        guard s.first == "\"" else { return nil }
        var out = ""
        var i = s.index(after: s.startIndex)
        while i < s.endIndex {
            let c = s[i]
            if c == "\"" { s = s[s.index(after: i)...]; return out }
            if c == "\\" {
                i = s.index(after: i)
                guard i < s.endIndex else { return nil }
                switch s[i] {
                case "n": out.append("\n")
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                default: return nil
                }
            } else {
                out.append(c)
            }
            i = s.index(after: i)
        }
        return nil
    }

    /// The translation of a phrase's template, in the plural form its count asks for.
    func text(for template: String, count: Int?, in language: Language) -> String? {
        if let count, let plural = entries[template + "#" + PluralCategory.of(count, in: language).rawValue] { return plural }
        return entries[template]
    }
}
