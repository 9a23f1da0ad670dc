import ClusterworksDomain
import Foundation
import Testing

@Suite("Records agree with what they belong to")
struct AgreementRulesTests {
    func day(_ s: String) -> CalendarDate { CalendarDate(s)! }

    @Test("given a project in Ghana and Togo, a cluster in Benin is refused naming its country; one in Togo is not")
    func clusterCountry() {
        #expect(CountryAgreement.cluster(country: "BJ", projectCountries: ["GH", "TG"]).fields["country"] != nil)
        #expect(CountryAgreement.cluster(country: "TG", projectCountries: ["GH", "TG"]).isEmpty)
        #expect(CountryAgreement.network(country: "SN", clusterCountry: "ML").fields["country"] != nil)
        #expect(CountryAgreement.network(country: "ML", clusterCountry: "ML").isEmpty)
    }

    @Test("an improvement action starting before or ending after its plan is refused naming the date")
    func actionsWithinPlan() {
        let errors = PlanPeriod.check(actionStart: day("2024-12-01"), actionEnd: day("2026-02-01"), planStart: day("2025-01-01"), planEnd: day("2025-12-31"))
        #expect(Set(errors.fields.keys) == ["startOn", "endOn"])
        #expect(PlanPeriod.check(actionStart: day("2025-01-01"), actionEnd: day("2025-12-31"), planStart: day("2025-01-01"), planEnd: day("2025-12-31")).isEmpty)
    }

    @Test("the same tie on the same day is recorded once; cooperation is the same tie read either way, supply is not")
    func tieOnce() {
        let a = UUID(), b = UUID(), on = day("2025-03-01")
        let recorded = [TieRecord(from: a, to: b, type: .cooperatesWith, recordedOn: on), TieRecord(from: a, to: b, type: .supplierOf, recordedOn: on)]
        #expect(TieRecord.duplicate(TieRecord(from: b, to: a, type: .cooperatesWith, recordedOn: on), among: recorded).fields["recordedOn"] != nil)
        #expect(TieRecord.duplicate(TieRecord(from: b, to: a, type: .supplierOf, recordedOn: on), among: recorded).isEmpty)
        #expect(TieRecord.duplicate(TieRecord(from: a, to: b, type: .supplierOf, recordedOn: day("2026-03-01")), among: recorded).isEmpty)
    }

    @Test("given a network that moved from promotion to strategic planning on 1 June, an assessment scores the phase of its day")
    func assessmentPhase() {
        let history = PhaseHistory([.init(on: day("2025-06-01"), from: .promotion, to: .strategicPlanning)], current: .strategicPlanning)
        #expect(history.phase(on: day("2025-05-31")) == .promotion)
        #expect(history.phase(on: day("2025-06-01")) == .strategicPlanning)
        #expect(history.assessmentProblems(phase: .promotion, on: day("2025-05-01")).isEmpty)
        #expect(history.assessmentProblems(phase: .promotion, on: day("2025-07-01")).fields["phase"]?.first?.english == "must be the phase the network was in on 2025-07-01: 2 · Strategic planning (strategic_planning)")
        #expect(history.assessmentProblems(phase: .pilotProjects, on: day("2025-07-01")).fields["phase"] != nil)
        #expect(PhaseHistory([], current: .promotion).assessmentProblems(phase: .promotion, on: day("2020-01-01")).isEmpty)
    }
}
