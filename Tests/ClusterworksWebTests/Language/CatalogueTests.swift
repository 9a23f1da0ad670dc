import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

@Suite("The interface speaks English, Spanish and French")
struct CatalogueTests {
    static let keys = (try? PhraseScanner.keys()) ?? [:]
    static let pluralForms = PluralCategory.allCases.map { "#" + $0.rawValue }

    /// The phrase a catalogue entry translates (`key#one` belongs to `key`).
    static func phrase(of entry: String) -> String {
        for form in pluralForms where entry.hasSuffix(form) { return String(entry.dropLast(form.count)) }
        return entry
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{[0-9]+\}/).map { String(text[$0.range]) })
    }

    @Test("the scanner finds the phrases of the sources, numbering their values as the running app does")
    func scannerReadsPhrases() {
        let source = #"x = L("\(n) of \(total.map { "\($0)" } ?? "none") indicators"); y = URL("no"); z = L("Say \"hi\"")"#
        #expect(PhraseScanner.keys(in: Array(source.unicodeScalars)) == ["{1} of {2} indicators", "Say \"hi\""])
        let n = 3, total: Int? = nil
        #expect(L("\(n) of \(total.map { "\($0)" } ?? "none") indicators").template == "{1} of {2} indicators")
        #expect(Self.keys.count > 1000)
    }

    @Test("every phrase of the interface is in the Spanish and the French catalogue, in every plural form it uses", arguments: [Language.es, .fr])
    func nothingMissing(_ language: Language) throws {
        let catalogue = try Catalogues.load(language)
        let missing = Self.keys.keys.filter { key in
            catalogue.entries[key] == nil && !Self.pluralForms.allSatisfy { catalogue.entries[key + $0] != nil }
        }.sorted()
        #expect(missing.isEmpty, "\(missing.count) phrases missing in \(language.rawValue): \(missing.prefix(20).joined(separator: " | "))")
    }

    @Test("no catalogue keeps a phrase the code no longer says", arguments: Language.allCases)
    func nothingUnused(_ language: Language) throws {
        let unused = try Catalogues.load(language).entries.keys.filter { Self.keys[Self.phrase(of: $0)] == nil }.sorted()
        #expect(unused.isEmpty, "\(language.rawValue) has phrases no code says: \(unused.prefix(20).joined(separator: " | "))")
    }

    @Test("a translation keeps every value of its phrase, and adds none", arguments: Language.allCases)
    func placeholdersKept(_ language: Language) throws {
        let wrong = try Catalogues.load(language).entries.filter { Self.placeholders($0.value) != Self.placeholders(Self.phrase(of: $0.key)) }
        #expect(wrong.isEmpty, "\(language.rawValue): \(wrong.keys.sorted().prefix(10).joined(separator: " | "))")
    }

    @Test("a phrase is said in the reader's language, its values in their formats, and falls back to English when not translated")
    func saying() {
        let es = Wording(language: .es), fr = Wording(language: .fr), en = Wording(language: .en)
        #expect(es.say(L("Portfolio")) == "Cartera")
        #expect(fr.say(L("Portfolio")) == "Portefeuille")
        #expect(en.say(L("Portfolio")) == "Portfolio")
        #expect(es.say(.verbatim("Portfolio")) == "Portfolio", "data is never translated")
        #expect(es.say(L("a phrase no catalogue has")) == "a phrase no catalogue has")
        #expect(fr.say(L("Stage: \(ClusterStage.diagnostic)")) == "Étape : Diagnostic")
    }

    @Test("the first count chooses the plural form: French says 0 and 1 in the singular, English and Spanish only 1")
    func plurals() {
        func brokers(_ n: Int, _ language: Language) -> String { Wording(language: language).say(L("\(n) brokers recorded.")) }
        #expect(brokers(1, .en) == "1 broker recorded.")
        #expect(brokers(0, .en) == "0 brokers recorded.")
        #expect(brokers(1, .es) == "1 articulador registrado.")
        #expect(brokers(0, .es) == "0 articuladores registrados.")
        #expect(brokers(0, .fr) == "0 courtier enregistré.")
        #expect(brokers(2, .fr) == "2 courtiers enregistrés.")
    }

    @Test("numbers and dates follow the locale: French groups with a narrow no-break space, Latin American Spanish with a comma")
    func formats() {
        let fr = Wording(language: .fr), es = Wording(language: .es), ni = Wording(language: .es, region: "NI"), en = Wording(language: .en)
        #expect(fr.number(1234.5) == "1\u{202F}234,5")
        #expect(es.number(1234.5) == "1,234.5")
        #expect(ni.number(1234.5) == "1,234.5")
        #expect(en.number(1234.5) == "1,234.5")
        #expect(fr.percent(0.42) == "42\u{00A0}%")
        #expect(en.date("2000-03-01") == "1 Mar 2000")
        #expect(fr.date("2000-03-01").hasPrefix("1 mars 2000"))
        #expect(es.date("2000-03-01").contains("mar"))
        #expect(fr.date("not a date") == "not a date")
    }

    @Test("a reader's language is their setting, else their pick, else their browser's first language the interface speaks")
    func choosing() {
        #expect(LanguageChoice.resolve(setting: .fr, picked: "es", acceptLanguage: "es-NI") == .init(language: .fr))
        #expect(LanguageChoice.resolve(setting: nil, picked: "es", acceptLanguage: "en-US,es-NI;q=0.5") == .init(language: .es, region: "NI"))
        #expect(LanguageChoice.resolve(setting: nil, picked: nil, acceptLanguage: "de-DE, fr-SN;q=0.8, es;q=0.9") == .init(language: .es))
        #expect(LanguageChoice.resolve(setting: nil, picked: "xx", acceptLanguage: "de") == .init(language: .en))
    }
}
