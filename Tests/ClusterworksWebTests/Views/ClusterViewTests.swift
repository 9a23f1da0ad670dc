import ClusterworksDomain
@testable import ClusterworksWeb
import ClusterworksWorkflows
import Foundation
import Testing

/// The cluster page's boxes, rendered from a cluster's standing without a database.
@Suite("The cluster page as a view of the cluster's standing")
struct ClusterDashboardViewTests {
    static let cluster = UUID(uuidString: "0B5E0000-0000-4000-8000-000000000001")!

    static func standing() -> ClusterStatus {
        var s = ClusterStatus(facts: ClusterFacts(today: CalendarDate("2001-11-01")!))
        s.planVersion = 2
        s.reviews = 1
        s.actions = [.done: 2, .inProgress: 1]
        s.diagnostic = (version: 2, status: .draft)
        s.validatedDiagnostic = 1
        return s
    }

    func plan(_ language: Language) -> String {
        Wording.$current.withValue(Wording(language: language)) { ClusterView.planBox(Self.standing(), RecordAddress(.clusters, Self.cluster)).raw }
    }

    @Test("given a plan at version 2 after one review, with two of three actions done, the plan box says so in each language")
    func planBox() {
        #expect(plan(.en).contains("Version 2, 1 review. 3 actions:"))
        #expect(plan(.en).contains("aria-label=\"2 of 3 actions done\""))
        #expect(plan(.es).contains("Versión 2, 1 revisión. 3 acciones: 1 en curso, 2 terminadas."), "each state agrees with its count")
        #expect(plan(.fr).contains("1 en cours, 2 terminées."))
        #expect(plan(.en).contains("3 actions: 1 in progress, 2 done."))
        #expect(plan(.es).contains("aria-label=\"2 de 3 acciones terminadas\""))
        #expect(plan(.fr).contains("Version 2, 1 revue. 3 actions :"))
        #expect(plan(.fr).contains("aria-label=\"2 actions terminées sur 3\""))
        #expect(plan(.en).contains("href=\"/clusters/0b5e0000-0000-4000-8000-000000000001/plan\""), "links reach the cluster's own plan")
        #expect(plan(.en).contains("href=\"/clusters/0b5e0000-0000-4000-8000-000000000001/reviews\""))
    }

    @Test("given version 1 validated and version 2 in draft, the diagnostic is described in the reader's language")
    func diagnostic() {
        let s = Self.standing()
        #expect(Wording(language: .en).say(s.diagnosticText!) == "Version 1 validated; version 2 in draft")
        #expect(Wording(language: .es).say(s.diagnosticText!) == "Versión 1 validada; versión 2 en borrador")
        #expect(Wording(language: .fr).say(s.diagnosticText!) == "Version 1 validée ; version 2 en brouillon")
    }

    func stage(_ language: Language, _ stage: ClusterStage, _ facts: ClusterFacts, token: String?) -> String {
        Wording.$current.withValue(Wording(language: language)) {
            ClusterView.stageBox(stage, facts, RecordAddress(.clusters, Self.cluster), moveToken: token).raw
        }
    }

    @Test("given a cluster in its diagnostic without a study started, the stage box says in Spanish what trust building needs, and offers no move")
    func stageNeeds() {
        var facts = ClusterFacts(today: CalendarDate("2001-11-01")!)
        facts.inProject = true
        let es = stage(.es, .diagnostic, facts, token: "t")
        #expect(es.contains("<p>Antes de Construcción de confianza:</p><ul class=\"missing\"><li>debe iniciarse un estudio de diagnóstico</li></ul>"))
        #expect(!es.contains("<form"))
    }

    @Test("given the study started, the box says the cluster is ready and offers the move only to who may make it")
    func stageReady() {
        var facts = ClusterFacts(today: CalendarDate("2001-11-01")!)
        facts.inProject = true
        facts.diagnosticStarted = true
        let fr = stage(.fr, .diagnostic, facts, token: "t-1")
        #expect(fr.contains("<p>Prêt pour Établissement de la confiance.</p>"))
        #expect(fr.contains("action=\"/clusters/0b5e0000-0000-4000-8000-000000000001/stage\"><input type=\"hidden\" name=\"_csrf\" value=\"t-1\"><input type=\"hidden\" name=\"stage\" value=\"trust_building\">"))
        #expect(!stage(.fr, .diagnostic, facts, token: nil).contains("<form"))
        #expect(stage(.en, .diagnostic, facts, token: nil).contains("<p>Ready for Trust building.</p>"))
    }
}
