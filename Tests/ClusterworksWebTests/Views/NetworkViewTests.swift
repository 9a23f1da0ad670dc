import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

/// A network's page at a glance, drawn from its standing without a database.
@Suite("The network page as a view of the network's standing")
struct NetworkViewTests {
    static let network = UUID(uuidString: "0E7B0000-0000-4000-8000-000000000001")!
    static let project = UUID(uuidString: "0E7B0000-0000-4000-8000-000000000002")!

    /// Given a network in phase 3 that joined five members in 2023 and lost one in 2024, assessed once,
    /// with a pilot project under way and a supplier relation since 2024.
    static func standing(dissolvedOn: String? = nil) -> NetworkStanding {
        let members = MembershipTurnover((0..<5).map { i in MembershipPeriod(id: nil, actorId: UUID(), joinedOn: CalendarDate("2023-02-01")!, leftOn: i == 0 ? CalendarDate("2024-06-30")! : nil) },
                                         until: CalendarDate("2024-12-31")!)
        let scores = Dictionary(uniqueKeysWithValues: NETIndicator.allCases.map { ($0, 3.0) })
        return NetworkStanding(
            id: network, name: "Red de lácteos de Boaco", phase: .pilotProjects, dissolvedOn: dissolvedOn, members: members,
            latest: .init(id: UUID(), assessedOn: "2024-05-02", phase: .pilotProjects, scores: scores, scale: NETScale()),
            targets: .standard, atOrAboveTarget: 4,
            projects: [.init(id: project, title: "Centro de acopio", scale: JointProjectScale.pilot.label, status: JointProjectStatus.inProgress.label)],
            relations: [.init(type: NetworkRelationType.organisesServiceDemand.label, actorId: UUID(), actor: "Lácteos Centroamericanos", since: "2024-01-15")],
            legalForm: nil)
    }

    func page(_ language: Language, dissolvedOn: String? = nil) -> String {
        Wording.$current.withValue(Wording(language: language)) { NetworkView.render(Self.standing(dissolvedOn: dissolvedOn)).raw }
    }

    @Test("the phase track marks phase 3 and links to the phase decisions of this network")
    func phase() {
        let en = page(.en)
        #expect(en.contains("aria-current=\"step\""))
        #expect(en.contains("href=\"/networks/0e7b0000-0000-4000-8000-000000000001/phase\""))
        #expect(en.contains("href=\"/networks/0e7b0000-0000-4000-8000-000000000001/joint-projects/0e7b0000-0000-4000-8000-000000000002\">Centro de acopio</a>"))
    }

    @Test("members over the years: five join in 2023, one leaves in 2024, the turnover in the reader's format")
    func members() {
        let fr = page(.fr)
        #expect(fr.contains("<tr><th scope=\"row\">2023</th><td class=\"num\">5</td><td class=\"num\">0</td><td class=\"num\">5</td>"))
        #expect(fr.contains("<tr><th scope=\"row\">2024</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">4</td><td class=\"num\">22\u{00A0}%</td></tr>"),
                "one leaver over an average of 4.5 members; French puts a no-break space before %")
    }

    @Test("in Spanish, the page says its sections, the NET standing and the relation's date in Spanish, and names stay as they are")
    func spanish() {
        let es = page(.es)
        #expect(es.contains("4 de 7 indicadores en la meta o por encima."))
        #expect(es.contains("Lácteos Centroamericanos</a> (desde el 15 ene 2024)"))
        #expect(!es.contains("Joint projects") && !es.contains("since"))
        #expect(page(.es, dissolvedOn: "2025-01-31").contains("<p class=\"notice\">Disuelta el 31 ene 2025.</p>"))
    }
}
