import ClusterworksDomain
import Foundation

/// How the interface speaks to one reader: their language's catalogue and their locale's way of
/// writing numbers, money and dates. Bound for the time of a request, so that every phrase a page
/// interpolates is said in the reader's language.
struct Wording: Sendable {
    let language: Language
    let locale: Locale
    let catalogue: Catalogue

    init(language: Language, region: String? = nil, catalogue: Catalogue? = nil) {
        self.language = language
        self.locale = Locale(identifier: Self.localeIdentifier(language, region: region))
        self.catalogue = catalogue ?? Catalogues.all[language] ?? Catalogue(entries: [:])
    }

    /// Spanish without a region is written as in Latin America (Nicaragua and Honduras share its
    /// formats: 1,234.5); French as in France (1 234,5 with narrow no-break spaces).
    static func localeIdentifier(_ language: Language, region: String?) -> String {
        if let region, region.count == 2, region.allSatisfy(\.isLetter) { return "\(language.rawValue)_\(region.uppercased())" }
        switch language {
        case .en: return "en_GB"
        case .es: return "es_419"
        case .fr: return "fr_FR"
        }
    }

    @TaskLocal static var current = Wording(language: .en)

    /// The phrase in this language, its values written in this locale.
    func say(_ phrase: Phrase) -> String {
        let template: String
        if phrase.translatable {
            template = catalogue.text(for: phrase.template, count: phrase.pluralCount, in: language)
                ?? (language == .en ? nil : Catalogues.all[.en]?.text(for: phrase.template, count: phrase.pluralCount, in: .en))
                ?? phrase.template
        } else {
            template = phrase.template
        }
        return Phrase.fill(template) { i in
            guard i < phrase.arguments.count else { return nil }
            switch phrase.arguments[i] {
            case .text(let s): return s
            case .phrase(let p): return say(p)
            case .count(let n): return integer(n)
            case .number(let d): return number(d)
            case .date(let s): return date(s)
            case .named(let names): return names[language] ?? names[.en] ?? ""
            }
        }
    }
}

extension Phrase {
    /// The phrase in the language of the request being answered.
    var said: String { Wording.current.say(self) }
}
