import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A kept network analysis's page in each language: English in `page_html`, the others as JSON.
enum AnalysisPages {
    static func encode(_ pages: [Language: String]) -> String {
        let others = Dictionary(uniqueKeysWithValues: pages.filter { $0.key != .en }.map { ($0.key.rawValue, $0.value) })
        return (try? JSONSerialization.data(withJSONObject: others, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The page in the reader's language; English when it was not kept in theirs.
    static func page(of analysis: NetworkAnalysisModel, in language: Language) -> String {
        guard language != .en, let json = analysis.translatedPages?.data(using: .utf8),
              let pages = try? JSONSerialization.jsonObject(with: json) as? [String: String], let page = pages[language.rawValue]
        else { return analysis.pageHTML ?? "" }
        return page
    }

    /// The step a worker has reached, as it records it, in the reader's language.
    static func step(_ step: String) -> Phrase {
        if step == "reading the ties" { return L("reading the ties") }
        if step == "drawing" { return L("drawing") }
        let words = step.split(separator: " ")
        if words.first == "measuring", words.count > 1, let n = Int(words[1]) { return L("measuring \(n) actors and their ties") }
        return .verbatim(step)
    }
}
