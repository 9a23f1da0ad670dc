import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Foundation
import Testing

/// The portfolio's view, rendered from a model without a database, in each language.
@Suite("The portfolio page as a view of its model")
struct PortfolioViewTests {
    static let atlas = try? WorldAtlas.load()
    static let state = PortfolioState(projects: [
        .init(id: UUID(), code: "NIC-CLN", status: .ongoing, countryCodes: ["NI"]),
        .init(id: UUID(), code: "SEN-NET", status: .completed, countryCodes: ["SN"]),
    ], clusters: 3, networks: 2, countriesVersion: "2@0")

    func render(_ language: Language, names: [String: String]) throws -> String {
        let page = PortfolioPage(atlas: try #require(Self.atlas))
        return Wording.$current.withValue(Wording(language: language)) { page.render(Self.state, names: names, links: []).raw }
    }

    @Test("given two projects, one on-going in Nicaragua and one completed in Senegal, the French page says so in French")
    func french() throws {
        let html = try render(.fr, names: ["NI": "Nicaragua", "SN": "Sénégal"])
        #expect(html.contains("<h1>Portefeuille</h1>"))
        #expect(html.contains("data-status=\"ongoing\" data-country=\"NI\"><title>Nicaragua : En cours</title>"))
        #expect(html.contains("<th scope=\"row\">Sénégal</th><td>Achevé</td>"))
        #expect(html.contains("<title>Allemagne</title>"), "countries without projects are named in French too")
        #expect(!html.contains(">Portfolio<") && !html.contains("Completed"))
    }

    @Test("the same model in Spanish and in English")
    func spanishAndEnglish() throws {
        let es = try render(.es, names: ["NI": "Nicaragua", "SN": "Senegal"])
        #expect(es.contains("<h1>Cartera</h1>") && es.contains("<th scope=\"row\">Senegal</th><td>Terminado</td>"))
        let en = try render(.en, names: ["NI": "Nicaragua", "SN": "Senegal"])
        #expect(en.contains("<h1>Portfolio</h1>") && en.contains("<th scope=\"row\">Senegal</th><td>Completed</td>"))
    }
}
