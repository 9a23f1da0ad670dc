import ClusterworksDomain
import Foundation

/// The catalogues shipped with the app, one file per language under `Resources/Locales`. English
/// is the key itself; its file holds only the plural forms English needs.
enum Catalogues {
    static let all: [Language: Catalogue] = {
        var out: [Language: Catalogue] = [:]
        for language in Language.allCases {
            do { out[language] = try load(language) } catch {
                // A broken catalogue must not start an app that would show half a language.
                fatalError("The \(language.rawValue) catalogue cannot be read: \(error)")
            }
        }
        return out
    }()

    static func url(_ language: Language) -> URL? {
        Bundle.module.url(forResource: language.rawValue, withExtension: "strings", subdirectory: "Resources/Locales")
            ?? Bundle.module.url(forResource: language.rawValue, withExtension: "strings", subdirectory: "Locales")
    }

    static func load(_ language: Language) throws -> Catalogue {
        guard let url = url(language) else { return Catalogue(entries: [:]) }
        return try Catalogue(parsing: String(contentsOf: url, encoding: .utf8))
    }
}
