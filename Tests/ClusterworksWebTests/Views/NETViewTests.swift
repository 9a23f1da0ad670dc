import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

/// A network's NET section, drawn from its record without a database.
@Suite("The NET page as a view of a network's assessments")
struct NETViewTests {
    static let network = UUID(uuidString: "0E70000A-0000-4000-8000-000000000001")!

    static func assessment(_ n: Int, on date: String, _ phase: NetworkPhase, cohesion: Double) -> NETRecord.Assessment {
        var scores = Dictionary(uniqueKeysWithValues: NETIndicator.allCases.map { ($0, 2.0) })
        scores[.groupCohesion] = cohesion
        return .init(id: UUID(uuidString: "0E70000A-0000-4000-8000-00000000010\(n)")!, assessedOn: date, phase: phase, scores: scores, scale: NETScale())
    }

    /// Given a network assessed in phase 1 and again in phase 2, whose own target for cohesion in phase 2 is 3.5.
    static func record(mayOverride: Bool) -> NETRecord {
        NETRecord(networkId: network,
                  assessments: [assessment(1, on: "2024-03-05", .promotion, cohesion: 1.5), assessment(2, on: "2025-03-10", .strategicPlanning, cohesion: 3.5)],
                  targets: NETTargets.standard, overrides: [.strategicPlanning: [.groupCohesion: 3.5]],
                  overrideToken: mayOverride ? "token-1" : nil)
    }

    func page(_ language: Language, mayOverride: Bool = true) -> String {
        Wording.$current.withValue(Wording(language: language)) { NETView.render(Self.record(mayOverride: mayOverride)).raw }
    }

    @Test("the latest assessment leads, and the path heads each assessment with its date in the reader's format")
    func latestAndPath() {
        let en = page(.en), fr = page(.fr), es = page(.es)
        #expect(en.contains("Latest: 10 Mar 2025, 2 · Strategic planning"))
        #expect(fr.contains("Dernière : 10 mars 2025, 2 · Planification stratégique"))
        #expect(es.contains("<h2 id=\"path-h\">El camino hasta ahora</h2>"))
        #expect(fr.contains("<th scope=\"col\">5 mars 2024<br>"), "dates head the path's columns, not ISO dates")
        #expect(!fr.contains(">2024-03-05<"))
        #expect(fr.contains("<th scope=\"row\">Cohésion du groupe</th><td class=\"num\">1,5</td><td class=\"num\">3,5</td>"), "scores in the French format")
    }

    @Test("the comparison links to the benchmark of this network's latest assessment")
    func benchmarkLink() {
        #expect(page(.en).contains("href=\"/networks/0e70000a-0000-4000-8000-000000000001/net/benchmark?assessment=0e70000a-0000-4000-8000-000000000102\""))
    }

    @Test("the network's own targets are listed; the form to set one is there only for who may set it")
    func overrides() {
        #expect(page(.es).contains("<li>2 · Planificación estratégica · Cohesión del grupo: 3.5</li>"), "Latin American Spanish writes a decimal point")
        #expect(page(.en).contains("action=\"/networks/0e70000a-0000-4000-8000-000000000001/net/targets\"><input type=\"hidden\" name=\"_csrf\" value=\"token-1\">"))
        #expect(!page(.en, mayOverride: false).contains("<form"))
    }
}
