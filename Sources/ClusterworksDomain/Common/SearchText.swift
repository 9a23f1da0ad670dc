import Foundation

/// Text as a search box compares it, the same in every language and on every database: lower case,
/// accents removed, and the letters of African and other Latin alphabets that are not an accented
/// letter written as the plain letter people type for them (Twi ɔ and ɛ, Ewe ɖ and ʋ, Hausa ɓ and ƙ,
/// Vietnamese đ, Nordic ø and æ, German ß). "Okomfo Anokye" then finds "Ɔkɔmfo Anɔkye Garments".
public enum SearchText {
    static let letters: [Character: String] = [
        "ɔ": "o", "ɛ": "e", "ŋ": "n", "ɖ": "d", "ʋ": "v", "ɣ": "g", "ƒ": "f", "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y",
        "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t",
    ]

    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var out = ""
        out.reserveCapacity(plain.utf8.count)
        for c in plain {
            if let mapped = letters[c] { out += mapped } else { out.append(c) }
        }
        return out
    }

    /// The folded texts of a record, joined, as stored beside it for searching.
    public static func key(_ texts: [String?]) -> String {
        texts.compactMap { $0 }.filter { !$0.isEmpty }.map(fold).joined(separator: " \u{1F} ")
    }
}
