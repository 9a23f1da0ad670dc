/// Which language a reader gets: their own setting (signed in), else the one they picked on the
/// sign-in page, else the first their browser asks for that the interface speaks, else English.
/// The region of the browser's tag (es-NI) is kept for numbers and dates when the language agrees.
public struct LanguageChoice: Sendable, Equatable {
    public let language: Language
    public let region: String?

    public init(language: Language, region: String? = nil) {
        self.language = language
        self.region = region
    }

    public static func resolve(setting: Language?, picked: String?, acceptLanguage: String?) -> LanguageChoice {
        let asked = accepted(acceptLanguage ?? "")
        let chosen = setting ?? picked.flatMap(Language.init(rawValue:)) ?? asked.first?.language ?? .en
        return LanguageChoice(language: chosen, region: asked.first { $0.language == chosen }?.region)
    }

    /// An `Accept-Language` header's languages the interface speaks, most wanted first.
    public static func accepted(_ header: String) -> [LanguageChoice] {
        var ranked: [(choice: LanguageChoice, q: Double, at: Int)] = []
        for (i, item) in header.split(separator: ",").prefix(20).enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmedSpace() }
            let tag = parts.first ?? ""
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
            guard q > 0, let first = subtags.first, let language = Language(rawValue: first.lowercased()) else { continue }
            let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }.map { $0.uppercased() }
            ranked.append((LanguageChoice(language: language, region: region), q, i))
        }
        return ranked.sorted { ($0.q, -$0.at) > ($1.q, -$1.at) }.map(\.choice)
    }
}
