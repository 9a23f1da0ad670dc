import ClusterworksDomain
import Foundation
import Testing

@Suite("Rules across records")
struct CrossRecordRulesTests {
    @Test("given a plan with two objectives, an action must serve one of them; without a plan there is no action")
    func actionsServeThePlan() {
        let objectives = ["Reach profitable markets", "An autonomous governance framework"]
        #expect(ActionPlanRules.check(objective: "Reach profitable markets", planObjectives: objectives).isEmpty)
        #expect(!ActionPlanRules.check(objective: "Export to Europe", planObjectives: objectives).messages(for: "objective").isEmpty)
        #expect(!ActionPlanRules.check(objective: "Reach profitable markets", planObjectives: nil).messages(for: "title").isEmpty)
    }

    @Test("given a network of two members, a joint project naming a third is refused")
    func jointProjectsAreTheMembers() {
        let (a, b, c) = (UUID(), UUID(), UUID())
        #expect(JointProjectRules.check(participants: [a, b], members: [a, b]).isEmpty)
        // One stranger is counted; the catalogue says the count in each language's plural.
        let refused = JointProjectRules.check(participants: [a, c], members: [a, b]).phrases(for: "participantIds")
        #expect(refused.map(\.template) == ["names {1} organisations that are not members of this network"])
        #expect(refused.first?.arguments == [.count(1)])
    }

    @Test("given a vertical network, a client profile names a client member and a partnership needs an evaluated supplier")
    func supplierDevelopment() {
        #expect(SupplierDevelopmentRules.member("clientId", network: .vertical, held: [.client], wanted: [.client]).isEmpty)
        #expect(!SupplierDevelopmentRules.member("clientId", network: .vertical, held: [.supplier], wanted: [.client]).isEmpty)
        #expect(!SupplierDevelopmentRules.member("clientId", network: .horizontal, held: [.client], wanted: [.client]).isEmpty)
        #expect(!SupplierDevelopmentRules.partnership(supplierEvaluations: 0).messages(for: "supplierId").isEmpty)
        #expect(SupplierDevelopmentRules.partnership(supplierEvaluations: 2).isEmpty)
    }
}
