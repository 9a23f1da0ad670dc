/// A sentence of the interface, kept as its English template with the values apart
/// (`"{1} of {2} indicators at or above target"`), so that each language can say it in its own words
/// and order, and format the values in its own way.
public struct Phrase: Sendable, Hashable {
    /// The English text with `{1}`, `{2}`… where the values go; the key in every catalogue.
    public let template: String
    public let arguments: [Argument]
    /// False for text that is data, not interface (a name shown where a label could be).
    public let translatable: Bool

    public enum Argument: Sendable, Hashable {
        /// Data shown as it is: names, codes.
        case text(String)
        /// A label or sentence of its own, said in the same language.
        case phrase(Phrase)
        /// A whole number; the first one chooses the plural form.
        case count(Int)
        case number(Double)
        /// An ISO calendar date (`1999-03-01`), written as the language writes dates.
        case date(String)
        /// Data that names itself in each language (a country): the reader's, else English.
        case named([Language: String])
    }

    public init(template: String, arguments: [Argument] = [], translatable: Bool = true) {
        self.template = template
        self.arguments = arguments
        self.translatable = translatable
    }

    /// Data in a place that takes a phrase: never looked up in a catalogue.
    public static func verbatim(_ text: String) -> Phrase { Phrase(template: text, translatable: false) }

    /// The count that decides between singular and plural forms.
    public var pluralCount: Int? {
        for a in arguments { if case .count(let n) = a { return n } }
        return nil
    }

    /// English without a catalogue (logs, summaries, tests): values put in as they are written in data.
    public var english: String {
        Phrase.fill(template) { i in
            guard i < arguments.count else { return nil }
            switch arguments[i] {
            case .text(let s), .date(let s): return s
            case .phrase(let p): return p.english
            case .count(let n): return String(n)
            case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            case .named(let names): return names[.en] ?? names.values.first ?? ""
            }
        }
    }

    /// Puts each `{n}` of a template through `value` (0-based); unknown or malformed marks stay as written.
    public static func fill(_ template: String, _ value: (Int) -> String?) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, let v = value(n - 1) {
                out += v
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

extension Phrase: CustomStringConvertible {
    public var description: String { english }
}

/// Marks a sentence of the interface for translation. The catalogue test finds every `L("…")` in the
/// sources, so each one must be written in place, on one line.
public func L(_ text: PhraseText) -> Phrase {
    Phrase(template: text.template, arguments: text.arguments)
}

extension Phrase {
    /// Phrases one after another (conditions, reasons), each said in the language, joined by punctuation.
    public static func list(_ parts: [Phrase], separator: String = "; ") -> Phrase {
        let marks = parts.indices.map { "{\($0 + 1)}" }.joined(separator: separator)
        return Phrase(template: marks, arguments: parts.map { .phrase($0) }, translatable: false)
    }

    /// Names or codes (data, not interface) as one value.
    public static func names(_ items: [String], separator: String = ", ") -> Phrase { .verbatim(items.joined(separator: separator)) }
}
