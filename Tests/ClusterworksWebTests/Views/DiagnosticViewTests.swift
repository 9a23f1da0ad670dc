import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

/// A diagnostic study's page, drawn from the study without a database.
@Suite("The diagnostic page as a view of the study")
struct DiagnosticViewTests {
    static let cluster = UUID(uuidString: "0D1A0000-0000-4000-8000-000000000001")!
    static let diagnostic = UUID(uuidString: "0D1A0000-0000-4000-8000-000000000002")!
    static let stage = UUID(uuidString: "0D1A0000-0000-4000-8000-000000000003")!

    /// Given a study of the Boaco dairy cluster: milk collection with two bottlenecks and one organisation at it;
    /// producers call quality a major problem and the government calls it none.
    static func study(mayStartAgain: Bool) -> DiagnosticStudy {
        DiagnosticStudy(
            clusterId: cluster, diagnosticId: diagnostic,
            stages: [.init(id: stage, name: "Acopio de leche", actors: "Productores", bottlenecks: ["Sin enfriamiento", "Caminos"],
                           organisations: [.init(id: UUID(uuidString: "0D1A0000-0000-4000-8000-000000000004")!, name: "Cooperativa San Francisco")])],
            perceptions: [
                .init(id: UUID(), entry: .init(theme: "Calidad", group: .entrepreneurs, severity: .major, statement: "La leche se agria")),
                .init(id: UUID(), entry: .init(theme: "Calidad", group: .government, severity: .notAProblem, statement: "Cumple la norma")),
            ],
            figures: .init(rows: [], recorded: 0, submitted: 0, open: 0, approvedOnly: false, periods: []),
            newVersionToken: mayStartAgain ? "tok" : nil)
    }

    func page(_ language: Language, mayStartAgain: Bool = true) -> String {
        Wording.$current.withValue(Wording(language: language)) { DiagnosticView.render(Self.study(mayStartAgain: mayStartAgain)).raw }
    }

    @Test("the value chain lists each stage with its bottlenecks and links its organisations")
    func chain() {
        let fr = page(.fr)
        #expect(fr.contains("<a href=\"/clusters/0d1a0000-0000-4000-8000-000000000001/chain-stages/0d1a0000-0000-4000-8000-000000000003\"><strong>Acopio de leche</strong></a> — Productores"))
        #expect(fr.contains("Organisations à cette étape : <a href=\"/actors/0d1a0000-0000-4000-8000-000000000004\">Cooperativa San Francisco</a>"))
        #expect(fr.contains("<ul class=\"bottlenecks\"><li>Sin enfriamiento</li><li>Caminos</li></ul>"))
    }

    @Test("given producers and the government disagree about quality, the matrix puts them side by side and says they differ")
    func perceptions() {
        let fr = page(.fr)
        #expect(fr.contains("<th scope=\"col\">Entrepreneurs</th><th scope=\"col\">Gouvernement</th>"))
        #expect(fr.contains("<td class=\"consensus differ\">Les groupes divergent</td>"))
        #expect(fr.contains("Pas un problème</span> <a href=\"/clusters/0d1a0000-0000-4000-8000-000000000001/perceptions/"))
    }

    @Test("with no figures found yet the baselines section says where to start, and a new version is offered only to who may start one")
    func figuresAndNewVersion() {
        #expect(page(.en).contains("No figures recorded yet: start with the baselines."))
        #expect(page(.en).contains("action=\"/clusters/0d1a0000-0000-4000-8000-000000000001/diagnostics/0d1a0000-0000-4000-8000-000000000002/new-version\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"))
        #expect(!page(.en, mayStartAgain: false).contains("new-version"))
    }
}
