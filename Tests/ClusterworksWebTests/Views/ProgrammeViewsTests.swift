import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
@testable import ClusterworksWeb
import Foundation
import Testing

/// Pages of the programme's secondary work — memberships, tokens, supplier development, handover,
/// the action plan, the network analysis, a figure's approval — drawn from their sheets without a database.
@Suite("Secondary pages as views of their sheets")
struct ProgrammeViewsTests {
    static let network = UUID(uuidString: "0E700000-0000-4000-8000-000000000001")!
    static let cluster = UUID(uuidString: "0B5E0000-0000-4000-8000-000000000001")!
    static let actor = UUID(uuidString: "0AC70000-0000-4000-8000-000000000001")!
    static let membership = UUID(uuidString: "0BE70000-0000-4000-8000-000000000001")!

    func say<T>(_ language: Language, _ draw: () -> T) -> T { Wording.$current.withValue(Wording(language: language), operation: draw) }

    /// Given a network with one member who joined on 3 March 2001 and left on 1 June 2002.
    static func members(mayEdit: Bool) -> MemberList {
        MemberList(networkId: network,
                   members: [.init(membershipId: membership, actorId: actor, actorName: "Lácteos Boaco", role: .member,
                                   joinedOn: "2001-03-03", leftOn: "2002-06-01", leavingReason: nil)],
                   current: 0, addForm: mayEdit ? FilledForm(controls: [], errors: .init(), token: "tok") : nil)
    }

    @Test("a network's members are listed with their dates as the reader writes them; edit links and the admission form only for who may change it")
    func members() {
        let fr = say(.fr) { MembershipView.section(Self.members(mayEdit: false)).raw }
        #expect(fr.contains("<td>3 mars 2001</td><td>1 juin 2002</td>"))
        #expect(fr.contains("<p>0 membres actuels ; 1 adhésions enregistrées, 1 terminées.</p>"))
        #expect(!fr.contains("/edit") && !fr.contains("<form"))
        let editor = say(.es) { MembershipView.section(Self.members(mayEdit: true)).raw }
        #expect(editor.contains("href=\"/networks/0e700000-0000-4000-8000-000000000001/memberships/0be70000-0000-4000-8000-000000000001/edit\""))
        #expect(editor.contains("action=\"/networks/0e700000-0000-4000-8000-000000000001/memberships\""))
    }

    @Test("the token page never shows a stored secret, says when each token was made and last used in the reader's format, and offers to revoke only live ones")
    func tokens() {
        let made = Date(timeIntervalSince1970: 1_000_000_000)
        let sheet = TokenSheet(tokens: [.init(id: Self.actor, name: "Excel", prefix: "cw_abcde", createdAt: made, lastUsedAt: nil, revoked: false),
                                        .init(id: Self.network, name: "Old", prefix: "cw_zzzzz", createdAt: made, lastUsedAt: made, revoked: true)],
                               newToken: nil, errors: .init(), csrf: "tok")
        let es = say(.es) { TokenView.page(sheet).raw }
        #expect(es.contains("<code>cw_abcde…</code>"))
        #expect(es.contains("<td>Nunca</td>"), "a token never used says so in Spanish")
        #expect(es.contains("<td>Revocado</td>"))
        #expect(es.contains("9 sept 2001"))
        #expect(es.components(separatedBy: "/revoke").count == 2, "one revoke form: the revoked token has none")
        #expect(!es.contains("class=\"token\""), "no secret unless just made")
        let shown = say(.fr) { TokenView.page(TokenSheet(tokens: [], newToken: "cw_secret", errors: .init(), csrf: "tok")).raw }
        #expect(shown.contains("<code class=\"token\">cw_secret</code>"))
    }

    /// A supplier scored twice: quality went from 2 to 4; the client weighs quality highest.
    static func scorecard(weights: [(Phrase, CriterionWeights)]) -> SupplierScorecardSheet {
        let now = Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.map { ($0, $0 == .quality ? 4 : 3) })
        let then = Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.map { ($0, $0 == .quality ? 2 : 3) })
        return SupplierScorecardSheet(scores: now, evidence: [.quality: "ISO 22000 audit"], weights: weights, earlier: (then, "2001-03-03"))
    }

    @Test("a scorecard says whose weights it reads the scores through, the change since the last evaluation with its date, and its rules, in the reader's language")
    func scorecard() {
        let fr = say(.fr) { SupplierView.scorecard(Self.scorecard(weights: [(L("the weights of \("Nestlé")"), .equal)])).raw }
        #expect(fr.contains("<h2>Fiche d’évaluation avec les poids de Nestlé</h2>"))
        #expect(fr.contains("(+0,25 depuis le 3 mars 2001)"), "8 criteria weigh equally: quality's +2 moves the weighted score by 0.25")
        #expect(fr.contains("<td class=\"num\">+2</td>"))
        #expect(fr.contains("12,5"), "weights are written as the reader writes decimals")
        #expect(fr.contains("<li>Prêt à fournir : note pondérée d’au moins 3,75 et aucun critère pesant 15 % ou plus en dessous de 3.</li>"), "the domain's thresholds, in French decimals")
        #expect(fr.contains("<li>Pas encore : en dessous de 2,5.</li>"))
        #expect(fr.contains("<td>ISO 22000 audit</td>"))
        let es = say(.es) { SupplierView.scorecard(Self.scorecard(weights: [(L("equal weights"), .equal)])).raw }
        #expect(es.contains("Tarjeta de puntaje con pesos iguales"))
        #expect(es.contains("ausente: sin práctica, fallas frecuentes"))
        #expect(!es.contains("equal weights") && !es.contains("absent:"))
    }

    @Test("the handover says how far the institution is ready and who pays the broker today, with shares and dates as the reader writes them")
    func handover() {
        let schedule = BrokerCostSchedule([.init(from: CalendarDate("2001-01-01")!, projectShare: 75, institutionShare: 25),
                                           .init(from: CalendarDate("2002-01-01")!, projectShare: 0, institutionShare: 100)])
        let sheet = HandoverSheet(clusterId: Self.cluster,
                                  readiness: [.init(id: Self.actor, item: "Board trained", metOn: "2001-05-02"), .init(id: Self.network, item: "Budget", metOn: nil)],
                                  schedule: schedule, today: CalendarDate("2001-06-01")!)
        let es = say(.es) { HandoverView.intro(sheet).raw }
        #expect(es.contains("Preparación: 1 de 2 condiciones cumplidas"))
        #expect(es.contains("cumplida el 2 may 2001"))
        #expect(es.contains("aún no cumplida"))
        let w = Wording(language: .es)
        #expect(es.contains("Hoy el proyecto paga el \(w.percent(0.75)) y la institución el \(w.percent(0.25))."), "shares written as Spanish writes a percentage")
        #expect(w.percent(0.75) != "0.75" && w.percent(0.75).hasPrefix("75"))
        let fr = say(.fr) { HandoverView.intro(sheet).raw }
        #expect(fr.contains("1 janv. 2002"), "the day of the full takeover in the reader's format")
    }

    @Test("actions whose objective is not among the plan's are still listed, under their own heading")
    func planGroups() {
        let action = ActionPlanSheet.Action(id: Self.actor, objective: "Milk collection", title: "Cold chain", type: .verbatim("Training"), status: .done, percent: 100,
                                            startOn: "2001-01-01", endOn: nil, cost: CostSharing([]))
        let sheet = ActionPlanSheet(clusterId: Self.cluster, vision: "Milk for the region", objectives: ["Quality"],
                                    groups: [(.verbatim("Quality"), []), (L("Actions outside the plan's objectives"), [action])],
                                    cost: CostSharing([]), currency: "USD", version: 2, reviews: [])
        let es = say(.es) { PlanView.summary(sheet).raw }
        #expect(es.contains("<h3>Quality</h3><p>"), "an objective without actions says it has none")
        #expect(es.contains("<h3>Acciones fuera de los objetivos del plan</h3>"))
        #expect(es.contains(">Cold chain</a>"))
        #expect(es.contains("<td>\(Wording(language: .es).percent(1))</td>"))
    }

    @Test("a network analysis being computed says the worker's step and since when, in the reader's language; a ready one shows its kept page")
    func analysis() {
        let waiting = NetworkAnalysisSheet(clusterId: Self.cluster, clusterName: "Boaco", state: .running, page: nil, failure: nil,
                                           step: AnalysisPages.step("measuring 120 actors"), requestedAt: Date(timeIntervalSince1970: 1_000_000_000))
        let fr = say(.fr) { NetworkAnalysisView.page(waiting).raw }
        #expect(fr.contains("data-analysis=\"pending\""))
        #expect(fr.contains("L’analyse de cette carte est en cours de calcul : "))
        #expect(fr.contains("9 sept. 2001"), "since when, as the reader writes it")
        let ready = NetworkAnalysisSheet(clusterId: Self.cluster, clusterName: "Boaco", state: .ready, page: "<p>kept</p>", failure: nil, step: nil, requestedAt: Date())
        #expect(say(.es) { NetworkAnalysisView.page(ready).raw }.contains("<div data-analysis=\"ready\"><p>kept</p></div>"))
    }

    @Test("a figure its reader submitted may not be approved by them: the page says another programme manager approves it")
    func approval() {
        let path = SitePath.partStep(.clusters, .id(Self.cluster), .results, .id(Self.actor), .review(.approve))
        let own = FigureApproval(status: .submitted, reviewComment: nil, problems: [],
                                 steps: [.hint(L("You submitted this figure: another programme manager approves it."))], errors: .init(), token: "tok")
        let es = say(.es) { FigureApprovalView.section(own).raw }
        #expect(es.contains("Usted envió esta cifra: otro gerente de programa la aprueba."))
        #expect(!es.contains("<form"))
        var errors = ValidationErrors()
        errors.add("comment", L("is required"))
        let other = FigureApproval(status: .submitted, reviewComment: "check the unit", problems: [],
                                   steps: [.form(path, .approve, hint: L("Approved figures are frozen and reach reports and exports."), comment: (nil, false)),
                                           .form(path, .return, hint: L("The broker changes it and submits it again."), comment: ("typed", true))],
                                   errors: errors, token: "tok")
        let fr = say(.fr) { FigureApprovalView.section(other).raw }
        #expect(fr.contains("— “check the unit”"))
        #expect(fr.contains(">typed</textarea>"), "what was typed is kept only in the form that requires it")
        #expect(fr.components(separatedBy: "aria-invalid=\"true\"").count == 3, "both comment boxes are marked, as the message is the comment's")
    }

    @Test("the programme's overview says a cluster's readiness for handover as the reader counts it, and a dash before any condition is set")
    func overviewReadiness() {
        var status = ClusterStatus(facts: ClusterFacts(today: CalendarDate("2001-11-01")!))
        status.facts.readinessItems = 3
        status.facts.readinessMet = 2
        let row = ClusterOverviewSheet.Row(id: Self.cluster, name: "Boaco", countryCode: "NI", stage: .selfGovernance, status: status)
        let es = say(.es) { ClusterOverviewView.row(row).raw }
        #expect(es.hasSuffix("<td class=\"num\">2 de 3</td></tr>"), "it said \"2 of 3\" in every language")
        var none = status
        none.facts.readinessItems = 0
        #expect(say(.fr) { ClusterOverviewView.row(.init(id: Self.cluster, name: "Boaco", countryCode: "NI", stage: .selfGovernance, status: none)).raw }
            .hasSuffix("<td class=\"num\">—</td></tr>"))
    }

    @Test("the map of linkages offers its recording dates as the reader writes them, sending the ISO date, and dates each change")
    func linkageDates() {
        let (a, b) = (Self.actor, Self.network)
        let ties = [LinkageMap.Tie(id: Self.membership, from: a, to: b, type: .supplierOf, status: .missing, recordedOn: CalendarDate("2001-03-03")!),
                    LinkageMap.Tie(id: Self.cluster, from: a, to: b, type: .supplierOf, status: .existing, recordedOn: CalendarDate("2002-06-01")!)]
        let sheet = LinkageMapSheet(clusterId: Self.cluster, mayImport: false, records: ties,
                                    nodes: [a: .init(id: a, name: "Lácteos", isInstitution: false), b: .init(id: b, name: "Queso", isInstitution: false)], asked: nil)
        let es = say(.es) { LinkageMapView.intro(sheet).raw }
        #expect(es.contains("<option value=\"2001-03-03\" selected>3 mar 2001</option>"))
        #expect(es.contains("<h2>Qué cambió desde el 3 mar 2001</h2>"))
        #expect(es.contains("(1 jun 2002)</li>"))
        #expect(!es.contains("importTies") && !es.contains("/import"), "who may not change the map is not offered the import")
    }
}
