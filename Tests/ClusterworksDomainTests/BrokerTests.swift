import ClusterworksDomain
import Foundation
import Testing

private func d(_ s: String) -> CalendarDate { CalendarDate(s)! }
private let today = ValidationContext(today: d("2002-06-30"))

@Suite("Brokers: their time, their cost and their succession")
struct BrokerTests {
    typealias Span = BrokerWorkload.Span

    @Test("given a broker 60 % on Ludhiana and 40 % on Pune until 2000, another 20 % is refused in 2000 and accepted from 2001")
    func workload() {
        let w = BrokerWorkload([Span(from: d("1999-04-01"), to: nil, share: 60), Span(from: d("1999-04-01"), to: d("2000-12-31"), share: 40)])
        let refused = w.overload(adding: Span(from: d("2000-06-01"), to: d("2001-06-30"), share: 20))
        #expect(refused?.total == 120 && refused?.on == d("2000-06-01"))
        #expect(w.overload(adding: Span(from: d("2001-01-01"), to: nil, share: 40)) == nil)
        // An assignment that starts before the others and runs into them is caught on the day they begin.
        #expect(w.overload(adding: Span(from: d("1998-01-01"), to: d("1999-05-01"), share: 10))?.on == d("1999-04-01"))
    }

    @Test("given a field worker paid 700 a month by the foundation, all on Boaco, the project bears what Boaco's schedule says: all, then 60 %, then nothing")
    func costOnSchedule() {
        let schedule = BrokerCostSchedule([.init(from: d("1999-09-01"), projectShare: 100, institutionShare: 0),
                                           .init(from: d("2000-09-01"), projectShare: 60, institutionShare: 40),
                                           .init(from: d("2002-01-01"), projectShare: 0, institutionShare: 100)])
        let cost = BrokerCost(employments: [.init(from: d("1999-09-01"), to: nil, byProject: false, monthlyCost: 700)],
                              assignments: [.init(span: Span(from: d("1999-09-01"), to: nil, share: 100), schedule: schedule)], until: d("2002-06-30"))
        #expect(cost.years.map(\.year) == [1999, 2000, 2001, 2002])
        #expect(cost.years[0].total == 2_800 && cost.years[0].toProject == 2_800)
        #expect(abs(cost.years[1].toProject - (8 * 700 + 4 * 420)) < 1e-9)
        #expect(abs(cost.years[2].toProject - 12 * 420) < 1e-9 && cost.years[3].toProject == 0 && cost.years[3].total == 4_200)
    }

    @Test("a broker the project employs costs it the whole of any time not given to a cluster with a schedule")
    func projectEmployed() {
        let cost = BrokerCost(employments: [.init(from: d("2000-01-15"), to: d("2000-03-31"), byProject: true, monthlyCost: 1_000)],
                              assignments: [], until: d("2002-06-30"))
        #expect(cost.years == [.init(year: 2000, total: 3_000, toProject: 3_000)])
    }

    @Test("given six modules and 80 % needed, five attended with a passed assessment certify; four do not, nor a failed assessment")
    func certification() {
        let modules = ["Diagnostic", "Trust", "Vision", "Cost sharing", "Impact", "Fieldwork"]
        func v(_ attended: [String], _ assessment: String) -> RecordValues {
            ["attendedModules": .list(attended), "assessment": .text(assessment), "certification": .text("certified"), "certifiedOn": .date(d("1999-03-19"))]
        }
        #expect(Certification.check(v(Array(modules.prefix(5)), "passed"), modules: modules, threshold: 80, cohortEnds: d("1999-03-05")).isEmpty)
        let four = Certification.check(v(Array(modules.prefix(4)), "passed"), modules: modules, threshold: 80, cohortEnds: d("1999-03-05"))
        #expect(four.fields["certification"]?.first?.english.contains("attended 67 % (4 of 6 modules)") == true)
        #expect(Certification.check(v(modules, "failed"), modules: modules, threshold: 80, cohortEnds: d("1999-03-05")).fields.keys.contains("assessment"))
        #expect(Certification.check(v(modules, "passed"), modules: modules, threshold: 80, cohortEnds: d("1999-04-01")).fields.keys.contains("certifiedOn"))
        #expect(Certification.check(v(["Diagnostic", "Basket weaving"], "pending"), modules: modules, threshold: 80, cohortEnds: d("1999-03-05"))
            .fields.keys.contains("attendedModules"))
    }

    @Test("those trained are counted per country and year, and each person once where they work now")
    func succession() {
        let s = BrokerSuccession([
            .init(person: "a", country: "IN", year: 1999, certified: true, employerNow: .institution),
            .init(person: "b", country: "IN", year: 1999, certified: true, employerNow: .project),
            .init(person: "c", country: "IN", year: 1999, certified: false, employerNow: nil),
            .init(person: "a", country: "NI", year: 2000, certified: false, employerNow: .institution),
        ])
        #expect(s.byCountryAndYear.map { "\($0.country) \($0.year) \($0.trained)/\($0.certified)" } == ["IN 1999 3/2", "NI 2000 1/0"])
        #expect(s.now.map(\.1) == [1, 1, 0, 1])
    }

    @Test("an employment names its employer as its kind asks, and does not start in the future")
    func employment() {
        let e = BrokerEmploymentSchema.schema.read(["brokerId": .text(UUID().uuidString), "employerKind": .text("institution"), "fromOn": .text("2003-01-01")], context: today).errors
        #expect(e.fields.keys.contains("institutionId") && e.fields.keys.contains("fromOn"))
    }

    @Test("an assignment is to exactly one cluster, network or linkage unit")
    func assignmentTarget() {
        let none = BrokerAssignmentSchema.schema.read(["brokerId": .text(UUID().uuidString), "fromOn": .text("2000-01-01"), "timeShare": .number(50)], context: today).errors
        #expect(none.fields.keys.contains("clusterId"))
        let two = BrokerAssignmentSchema.schema.read(["brokerId": .text(UUID().uuidString), "clusterId": .text(UUID().uuidString), "networkId": .text(UUID().uuidString),
                                                           "fromOn": .text("2000-01-01"), "timeShare": .number(50)], context: today).errors
        #expect(two.fields["clusterId"]?.first?.english.contains("2 given") == true)
    }
}

@Suite("Cooperation between clusters and joint learning")
struct CooperationTests {
    @Test("a cluster does not cooperate with itself")
    func itself() {
        let fez = UUID().uuidString
        let e = CooperationAgreementSchema.schema.read(["title": .text("Fez with Fez"), "clusterId": .text(fez), "partnerClusterId": .text(fez),
                                                             "purpose": .text("?"), "startsOn": .text("2000-06-01")], context: today).errors
        #expect(e.fields.keys.contains("partnerClusterId"))
    }

    @Test("given an agreement from June 2000 to 2002, an activity in May 2000 or running into 2003 is refused")
    func withinAgreement() {
        let before = CooperationActivitySchema.within(["startsOn": .date(d("2000-05-01"))], agreementStarts: d("2000-06-01"), agreementEnds: d("2002-12-31"))
        #expect(before.fields.keys.contains("startsOn"))
        let after = CooperationActivitySchema.within(["startsOn": .date(d("2002-12-01")), "endsOn": .date(d("2003-01-10"))], agreementStarts: d("2000-06-01"), agreementEnds: d("2002-12-31"))
        #expect(Array(after.fields.keys) == ["endsOn"])
        #expect(CooperationActivitySchema.within(["startsOn": .date(d("2001-02-05"))], agreementStarts: d("2000-06-01"), agreementEnds: nil).isEmpty)
    }

    @Test("an idea is followed up only after the week in Chile ended, and a started idea says when it was checked")
    func followUp() {
        #expect(ActionIdeaSchema.afterEdition(["followedUpOn": .date(d("2000-01-19"))], editionEnds: d("2000-01-21")).fields.keys.contains("followedUpOn"))
        #expect(ActionIdeaSchema.afterEdition(["followedUpOn": .date(d("2000-06-30"))], editionEnds: d("2000-01-21")).isEmpty)
        let started = ActionIdeaSchema.schema.read(["participantId": .text(UUID().uuidString), "idea": .text("Fees"), "status": .text("started")], context: today).errors
        #expect(started.fields.keys.contains("followedUpOn"))
    }
}
