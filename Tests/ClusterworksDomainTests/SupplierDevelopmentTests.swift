import ClusterworksDomain
import Foundation
import Testing

private func d(_ s: String) -> CalendarDate { CalendarDate(s)! }

@Suite("Supplier development")
struct SupplierDevelopmentTests {
    func scores(_ values: [Int]) -> [SupplierCriterion: Int] { Dictionary(uniqueKeysWithValues: zip(SupplierCriterion.allCases, values)) }

    @Test("weights that do not add up to 100 % are refused, naming the field")
    func weightsSum() {
        var w = CriterionWeights.equal.values
        #expect(CriterionWeights.check(w).isEmpty)
        w[.delivery] = 30
        #expect(CriterionWeights.check(w).fields.keys.contains("qualityWeight"))
        w[.delivery] = -1
        #expect(CriterionWeights.check(w).fields.keys.contains("deliveryWeight"))
    }

    @Test("given a client who cares most about delivery, the weighted score follows its weights")
    func weighted() {
        let s = scores([4, 2, 4, 4, 4, 4, 4, 4])
        let equal = SupplierScorecard(scores: s, weights: .equal)
        #expect(abs(equal.weightedScore - 3.75) < 1e-12)
        var w = Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.map { ($0, 10.0) })
        w[.delivery] = 30
        let deliveryFirst = SupplierScorecard(scores: s, weights: CriterionWeights(w))
        #expect(abs(deliveryFirst.weightedScore - 3.4) < 1e-12)
        #expect(deliveryFirst.gaps == [.delivery])
        #expect(deliveryFirst.strengths.count == 7)
    }

    @Test("readiness: ready needs the score and no key criterion below 3; developable from 2.5; otherwise not yet")
    func readiness() {
        #expect(SupplierScorecard(scores: scores([4, 4, 4, 4, 4, 4, 4, 4]), weights: .equal).readiness == .ready)
        var w = Dictionary(uniqueKeysWithValues: SupplierCriterion.allCases.map { ($0, 10.0) })
        w[.quality] = 30
        let keyWeak = SupplierScorecard(scores: scores([2, 5, 5, 5, 5, 5, 5, 5]), weights: CriterionWeights(w))
        #expect(keyWeak.weightedScore >= SupplierScorecard.readyFrom)
        #expect(keyWeak.readiness == .developable)
        #expect(SupplierScorecard(scores: scores([3, 3, 2, 2, 3, 2, 3, 2]), weights: .equal).readiness == .developable)
        #expect(SupplierScorecard(scores: scores([2, 2, 2, 2, 3, 2, 2, 2]), weights: .equal).readiness == .notYet)
    }

    @Test("a re-evaluation shows the change per criterion and of the weighted score")
    func change() {
        let before = SupplierScorecard(scores: scores([2, 2, 3, 3, 2, 3, 3, 3]), weights: .equal)
        let after = SupplierScorecard(scores: scores([4, 3, 3, 3, 3, 3, 3, 3]), weights: .equal)
        let c = after.change(since: before)
        #expect(c.byCriterion[.quality] == 2 && c.byCriterion[.cost] == 0)
        #expect(abs(c.weighted - 0.5) < 1e-12)
    }

    @Test("matching leaves out who offers none of the products and ranks those meeting every requirement first")
    func matching() {
        let need = SupplierMatching.Need(products: ["Labels"], certifications: ["FSC"], minimumScores: [.quality: 3])
        let a = UUID(), b = UUID(), c = UUID(), e = UUID(), f = UUID()
        let ranked = SupplierMatching.rank([
            .init(id: a, name: "A", products: ["labels"], certifications: [], scores: scores([5, 5, 5, 5, 5, 5, 5, 5])),
            .init(id: b, name: "B", products: ["Labels"], certifications: ["FSC"], scores: scores([3, 3, 3, 3, 3, 3, 3, 3])),
            .init(id: c, name: "C", products: ["Labels"], certifications: ["fsc"], scores: scores([4, 4, 4, 4, 4, 4, 4, 4])),
            .init(id: e, name: "E", products: ["Bottles"], certifications: ["FSC"], scores: nil),
            .init(id: f, name: "F", products: ["Labels"], certifications: ["FSC"], scores: nil),
        ], for: need, weights: .equal)
        #expect(ranked.map(\.name) == ["C", "B", "F", "A"])
        #expect(ranked[0].qualifies && !ranked[2].qualifies)
        #expect(ranked[2].reasons.map(\.english).contains("not yet evaluated"))
        #expect(ranked[3].reasons.map(\.english).contains("lacks FSC"))
    }

    @Test("the plan warns when an investment comes before the low-cost actions, or an action before those it should follow")
    func planOrder() {
        let training = ImprovementPlanOrder.Action(id: UUID(), title: "Teamwork training", category: .training, start: d("2000-01-10"), end: d("2000-02-28"))
        let layout = ImprovementPlanOrder.Action(id: UUID(), title: "New layout", category: .processLayout, start: d("2000-03-01"), end: d("2000-04-30"))
        let oven = ImprovementPlanOrder.Action(id: UUID(), title: "New oven", category: .investment, start: d("2000-04-01"), end: d("2000-05-15"))
        let warnings = ImprovementPlanOrder.warnings([training, layout, oven])
        #expect(warnings.count == 1 && warnings[0].english.contains("New oven"))
        let early = ImprovementPlanOrder.Action(id: UUID(), title: "Kanban", category: .inventory, start: d("2000-01-02"), end: d("2000-02-01"))
        #expect(ImprovementPlanOrder.warnings([training, early]).contains { $0.english.contains("Kanban") })
        #expect(ImprovementPlanOrder.warnings([oven]).count == 1)
        let later = ImprovementPlanOrder.Action(id: UUID(), title: "New oven", category: .investment, start: d("2000-05-01"), end: d("2000-06-15"))
        #expect(ImprovementPlanOrder.warnings([training, layout, later]).isEmpty)
    }

    @Test("fees phase in towards the package's cost; cost recovery is fees paid over the cost of the packages delivered")
    func costRecovery() {
        let c = CostRecovery([.init(year: 2000, packages: 6, fee: 400, unitCost: 1000, invoiced: 2400, paid: 2000),
                              .init(year: 1999, packages: 4, fee: 200, unitCost: 1000, invoiced: 800, paid: 800),
                              .init(year: 2001, packages: 8, fee: 300, unitCost: 1000, invoiced: 2400, paid: 2400)])
        #expect(c.years.map(\.year) == [1999, 2000, 2001])
        #expect(c.years[1].feeShare == 0.4)
        #expect(abs(c.years[1].recovery! - 2000.0 / 6000.0) < 1e-12)
        #expect(c.fallingFees == [2001])
        #expect(abs(c.totalRecovery! - 5200.0 / 18000.0) < 1e-12)
    }

    @Test("a member enterprise reads its own evaluations and, as a client, its suppliers'; staff read all")
    func visibility() {
        let me = UUID(), client = UUID(), other = UUID()
        let supplierUser = Principal(userId: UUID(), role: .enterpriseMember, assignments: [], organisation: me)
        #expect(EvaluationVisibility.canRead(supplierUser, supplier: me, clientsOfNetwork: [client]))
        #expect(!EvaluationVisibility.canRead(supplierUser, supplier: other, clientsOfNetwork: [client]))
        let clientUser = Principal(userId: UUID(), role: .enterpriseMember, assignments: [], organisation: client)
        #expect(EvaluationVisibility.canRead(clientUser, supplier: other, clientsOfNetwork: [client]))
        #expect(!EvaluationVisibility.canRead(Principal(userId: UUID(), role: .enterpriseMember, assignments: []), supplier: me, clientsOfNetwork: [client]))
        #expect(EvaluationVisibility.canRead(Principal(userId: UUID(), role: .viewer, assignments: []), supplier: other, clientsOfNetwork: []))
    }

    @Test("a plan that ends before it starts, and a partnership with itself, are refused")
    func badInput() {
        let context = ValidationContext(today: d("2026-11-29"))
        let plan = ImprovementPlanSchema.schema.validate(["firmId": .text(UUID().uuidString), "startOn": .text("2000-06-01"), "endOn": .text("2000-01-01")], context: context)
        guard case .failure(let e) = plan else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("endOn"))
        let id = UUID().uuidString
        let p = PartnershipDecisionSchema.schema.validate(["clientId": .text(id), "supplierId": .text(id), "decidedOn": .text("2000-09-01"), "entered": .bool(true)], context: context)
        guard case .failure(let e2) = p else { Issue.record("accepted"); return }
        #expect(e2.fields.keys.contains("supplierId"))
    }
}
