import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Foundation
import Testing

/// What the ties say, in the reader's language; names of actors and groups as they are.
@Suite("Network analysis findings in the reader's language")
struct NetworkFindingsTests {
    func say(_ f: Finding, _ language: Language) -> String { Wording(language: language).say(f.phrase) }

    @Test("given 12 actors and 30 ties, the size and density are said with the locale's decimal mark")
    func size() {
        let f = Finding.size(actors: 12, ties: 30, density: 30.0 / 66)
        #expect(say(f, .en) == "12 actors and 30 ties; 45.5 % of the possible ties exist.")
        #expect(say(f, .fr) == "12 acteurs et 30 liens ; 45,5 % des liens possibles existent.")
    }

    @Test("one actor without ties is singular, two are plural, in each language; their names stay as written")
    func isolated() {
        #expect(say(.isolated(count: 1, names: ["Lácteos Boaco"], more: false), .en) == "1 actor has no cooperative tie: Lácteos Boaco.")
        #expect(say(.isolated(count: 2, names: ["A", "B"], more: false), .es) == "2 actores no tienen ningún vínculo de cooperación: A, B.")
        #expect(say(.isolated(count: 9, names: ["A"], more: true), .fr) == "9 acteurs n’ont aucun lien de coopération : A, ….")
    }

    @Test("a bridge names the two groups it links and who links them")
    func bridge() {
        let only = Finding.bridge(count: 2, names: ["F1", "F2"], more: false, from: "1. Printing", to: "3. Export", directlyTied: false)
        #expect(say(only, .es) == "2 actores son el único camino de 1. Printing a 3. Export: F1, F2.")
        #expect(say(only, .en) == "1. Printing reach 3. Export only through 2 actors: F1, F2.", "English pages say what the command line says")
        #expect(say(.bridge(count: 1, names: ["F1"], more: false, from: "A", to: "B", directlyTied: true), .fr)
                == "1 acteur relie A à B au-delà de ses liens directs : F1.")
    }

    @Test("grouped by kind, the groups are named in the reader's language; stages of the value chain stay as recorded")
    func groups() {
        Wording.$current.withValue(Wording(language: .es)) {
            #expect(NetworkAnalysisOutputs.group("Enterprises") == "Empresas")
            #expect(NetworkAnalysisOutputs.group("1. Acopio") == "1. Acopio")
            let bridge = NetworkAnalysisOutputs.naming(.bridge(count: 1, names: ["CANIN"], more: false, from: "Enterprises", to: "Institutions", directlyTied: false))
            #expect(bridge.phrase.said == "1 actor es el único camino de Empresas a Instituciones: CANIN.")
        }
    }

    @Test("a kept page is shown in the reader's language, and in English when it was kept before pages were drawn in every language")
    func keptPages() {
        let analysis = NetworkAnalysisModel()
        analysis.pageHTML = "<p>English</p>"
        #expect(AnalysisPages.page(of: analysis, in: .es) == "<p>English</p>")
        analysis.translatedPages = AnalysisPages.encode([.en: "<p>English</p>", .es: "<p>Español</p>", .fr: "<p>Français</p>"])
        #expect(AnalysisPages.page(of: analysis, in: .es) == "<p>Español</p>")
        #expect(AnalysisPages.page(of: analysis, in: .fr) == "<p>Français</p>")
        #expect(AnalysisPages.page(of: analysis, in: .en) == "<p>English</p>")
        #expect(!(analysis.translatedPages ?? "").contains("English"), "English stays in its own column")
    }

    @Test("the step a worker reached is said in the reader's language")
    func steps() {
        #expect(Wording(language: .es).say(AnalysisPages.step("measuring 120 actors and their ties")) == "midiendo 120 actores y sus vínculos")
        #expect(Wording(language: .fr).say(AnalysisPages.step("drawing")) == "dessin")
    }
}
