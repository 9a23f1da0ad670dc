import ClusterworksDomain
import Foundation
import Testing

private func d(_ s: String) -> CalendarDate { CalendarDate(s)! }

@Suite("Network phases")
struct NetworkPhaseTests {
    @Test("given a network in promotion with two members, when it moves to strategic planning, then three committed members are asked for")
    func members() {
        var f = NetworkFacts()
        f.currentMembers = 2
        #expect(NetworkPhaseRules.missing(to: .strategicPlanning, from: .promotion, f).count == 1)
        f.currentMembers = 15
        #expect(NetworkPhaseRules.missing(to: .strategicPlanning, from: .promotion, f).isEmpty)
    }

    @Test("pilot projects need an adopted business plan; strategic projects a completed pilot and adopted rules")
    func planAndRules() {
        var f = NetworkFacts()
        f.currentMembers = 15
        #expect(!NetworkPhaseRules.missing(to: .pilotProjects, from: .strategicPlanning, f).isEmpty)
        f.businessPlanAdopted = true
        #expect(NetworkPhaseRules.missing(to: .pilotProjects, from: .strategicPlanning, f).isEmpty)
        #expect(NetworkPhaseRules.missing(to: .strategicProjects, from: .pilotProjects, f).count == 2)
        f.completedPilotProjects = 1; f.rulesAdopted = true
        #expect(NetworkPhaseRules.missing(to: .strategicProjects, from: .pilotProjects, f).isEmpty)
    }

    @Test("self-management needs most NET indicators at target and no dependence on the broker")
    func selfManagement() {
        var f = NetworkFacts()
        #expect(NetworkPhaseRules.missing(to: .selfManagement, from: .strategicProjects, f).map(\.english) == ["the network has no NET assessment"])
        f.latestAssessment = (3, true)
        f.belowTarget = [L("Strategic planning"), L("Economic performance")]
        let missing = NetworkPhaseRules.missing(to: .selfManagement, from: .strategicProjects, f)
        #expect(missing.count == 2)
        // The indicators still below target are named.
        #expect(missing.first?.english.hasSuffix("(below target: Strategic planning, Economic performance)") == true)
        f.latestAssessment = (5, false)
        #expect(NetworkPhaseRules.missing(to: .selfManagement, from: .strategicProjects, f).isEmpty)
    }

    @Test("a skip is refused even when every condition holds; moving back needs nothing; a dissolved network does not move")
    func skipsAndBack() {
        var f = NetworkFacts()
        f.currentMembers = 15; f.businessPlanAdopted = true
        #expect(NetworkPhaseRules.missing(to: .pilotProjects, from: .promotion, f).contains { $0.english.contains("skips") })
        #expect(NetworkPhaseRules.missing(to: .promotion, from: .pilotProjects, f).isEmpty)
        f.dissolved = true
        #expect(!NetworkPhaseRules.missing(to: .promotion, from: .pilotProjects, f).isEmpty)
    }

    @Test("a decision names its phase or its dissolution, and an override needs a justification")
    func decisionFields() {
        let context = ValidationContext(today: d("2026-11-29"))
        let r = PhaseDecisionSchema.schema.validate(["decidedOn": .text("1999-01-10"), "reason": .text("r"), "override": .bool(true)], context: context)
        guard case .failure(let e) = r else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("toPhase"))
        #expect(e.fields.keys.contains("justification"))
    }
}

@Suite("Membership dynamics")
struct MembershipTurnoverTests {
    @Test("given Masaya, fifteen members in 1998, three expelled in 1999 and one admitted in 2000, then size and turnover follow")
    func masaya() {
        var periods = (1...15).map { i in
            MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("1998-03-01"), leftOn: [4, 9, 13].contains(i) ? d("1999-11-15") : nil)
        }
        periods.append(MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("2000-09-01"), leftOn: nil))
        let t = MembershipTurnover(periods, until: d("2000-12-31"))
        #expect(t.years.map(\.size) == [15, 12, 13])
        #expect(t.years.map(\.joined) == [15, 0, 1])
        #expect(t.years.map(\.left) == [0, 3, 0])
        #expect(abs(t.years[1].turnover! - 3.0 / 13.5) < 1e-12)
        #expect(t.years[0].turnover == 0)
    }

    @Test("given Masaya formed in March 1998 with fifteen members, three expelled and one admitted, its growth reads 15 → 13 with 1 joined and 3 left")
    func growth() {
        var periods = (1...15).map { i in
            MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("1998-03-01"), leftOn: [4, 9, 13].contains(i) ? d("1999-11-15") : nil)
        }
        periods.append(MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("2000-09-01"), leftOn: nil))
        #expect(NetworkGrowth(periods, formedOn: d("1998-03-01"), on: d("2000-12-31")) == NetworkGrowth(periods, formedOn: d("1998-03-01"), on: d("2001-01-01")))
        let g = NetworkGrowth(periods, formedOn: d("1998-03-01"), on: d("2000-12-31"))
        #expect(g.atFormation == 15 && g.now == 13 && g.joined == 1 && g.left == 3)
        // On the day of the expulsions the three are no longer counted; a year before, the later member is not yet known.
        #expect(NetworkGrowth(periods, formedOn: d("1998-03-01"), on: d("1999-11-15")).now == 12)
        let before = NetworkGrowth(periods, formedOn: nil, on: d("1999-06-30"))
        #expect(before.atFormation == nil && before.now == 15 && before.joined == 15 && before.left == 0)
    }
}

@Suite("Network Evaluation Tool")
struct NETTests {
    @Test("scores outside the programme's scale and assessments before the network existed are refused")
    func scale() {
        var v: RecordValues = ["assessedOn": .date(d("1997-12-01"))]
        for i in NETIndicator.allCases { v[i.scoreKey] = .integer(3) }
        v[NETIndicator.groupCohesion.scoreKey] = .integer(6)
        let e = NETAssessmentRules.check(v, scale: .standard, formedOn: d("1998-03-01"), dissolvedOn: nil)
        #expect(e.fields.keys.contains("groupCohesionScore"))
        #expect(e.fields.keys.contains("assessedOn"))
        #expect(NETAssessmentRules.check(v, scale: NETScale(min: 0, max: 10), formedOn: nil, dissolvedOn: nil).isEmpty)
        #expect(NETScale(min: 3, max: 4).problem != nil)
    }

    @Test("each indicator is compared with its phase's target: gap, below, met or above")
    func comparison() {
        var scores: [NETIndicator: Double] = [:]
        for i in NETIndicator.allCases { scores[i] = 3 }
        scores[.groupCohesion] = 5
        let c = NETComparison(scores: scores, phase: .pilotProjects, targets: .standard)
        #expect(c.rows.first { $0.indicator == .groupCohesion }?.gap == 2)
        #expect(c.rows.first { $0.indicator == .groupCohesion }?.standing == .above)
        #expect(c.rows.first { $0.indicator == .strategicPlanning }?.standing == .met)
        #expect(c.rows.first { $0.indicator == .economicPerformance }?.standing == .above)
        #expect(c.atOrAboveTarget == 7)
        let strategic = NETComparison(scores: scores, phase: .strategicProjects, targets: .standard)
        #expect(strategic.rows.first { $0.indicator == .internalOrganization }?.gap == -1)
        #expect(strategic.atOrAboveTarget == 5)
    }

    @Test("a network's own target overrides the programme's in that cell only")
    func overrides() {
        let t = NETTargets.standard.overridden(by: [.pilotProjects: [.economicPerformance: 4]])
        #expect(t.target(.pilotProjects, .economicPerformance) == 4)
        #expect(t.target(.pilotProjects, .groupCohesion) == 3)
        #expect(NETTargets.standard(on: NETScale(min: 1, max: 9)).target(.selfManagement, .groupCohesion) == 9)
    }

    @Test("the benchmark gives the spread of scores and the percentile rank, ties sharing the middle")
    func benchmark() {
        let scores: [Double] = [1, 2, 2, 3, 5]
        let dist = NETBenchmark.distribution(scores)!
        #expect(dist.median == 2 && dist.lowerQuartile == 2 && dist.upperQuartile == 3 && dist.min == 1 && dist.max == 5)
        #expect(NETBenchmark.percentile(2, among: scores) == 40)
        #expect(NETBenchmark.percentile(5, among: scores) == 90)
        #expect(NETBenchmark.percentile(1, among: [1]) == 50)
        #expect(NETBenchmark.distribution([]) == nil)
    }
}
