import ClusterworksDomain
import Foundation
import Testing

@Suite("Network membership")
struct MembershipRulesTests {
    let actor = UUID()
    func d(_ s: String) -> CalendarDate { CalendarDate(s)! }

    @Test("given a member who left, when re-admitted later, then the new period is accepted")
    func readmission() {
        let left = MembershipPeriod(id: UUID(), actorId: actor, joinedOn: d("1998-03-01"), leftOn: d("1999-11-15"))
        let again = MembershipPeriod(id: nil, actorId: actor, joinedOn: d("2000-01-10"), leftOn: nil)
        #expect(MembershipRules.check(again, among: [left], networkKind: .horizontal, actorKind: .enterprise, actorSize: .micro, role: .member).isEmpty)
    }

    @Test("an actor cannot hold two overlapping memberships of one network")
    func overlap() {
        let open = MembershipPeriod(id: UUID(), actorId: actor, joinedOn: d("1998-03-01"), leftOn: nil)
        let second = MembershipPeriod(id: nil, actorId: actor, joinedOn: d("2000-01-10"), leftOn: nil)
        let errors = MembershipRules.check(second, among: [open], networkKind: .horizontal, actorKind: .enterprise, actorSize: .small, role: .member)
        #expect(errors.fields.keys.contains("joinedOn"))
    }

    @Test("nobody joins a network before it was formed")
    func beforeFormation() {
        let p = MembershipPeriod(id: nil, actorId: actor, joinedOn: d("1997-12-31"), leftOn: nil)
        let errors = MembershipRules.check(p, among: [], networkKind: .horizontal, formedOn: d("1998-03-01"),
                                           actorKind: .enterprise, actorSize: .micro, role: .member)
        #expect(errors.fields.keys.contains("joinedOn"))
    }

    @Test("a horizontal network admits no large enterprise")
    func smesOnly() {
        let p = MembershipPeriod(id: nil, actorId: actor, joinedOn: d("2000-01-10"), leftOn: nil)
        #expect(!MembershipRules.check(p, among: [], networkKind: .horizontal, actorKind: .enterprise, actorSize: .large, role: .member).isEmpty)
        #expect(MembershipRules.check(p, among: [], networkKind: .vertical, actorKind: .enterprise, actorSize: .large, role: .client).isEmpty)
    }

    @Test("a member cannot leave before joining, and leaving needs a reason")
    func leaving() {
        let ctx = ValidationContext(today: d("2026-01-01"))
        let actorId = UUID().uuidString
        let before = MembershipSchema.schema.validate(["actorId": .text(actorId), "role": .text("member"), "joinedOn": .text("2000-01-10"),
                                                       "leftOn": .text("1999-01-01"), "leavingReason": .text("voluntary")], context: ctx)
        #expect((try? before.get()) == nil)
        let noReason = MembershipSchema.schema.validate(["actorId": .text(actorId), "role": .text("member"), "joinedOn": .text("2000-01-10"),
                                                         "leftOn": .text("2001-01-01")], context: ctx)
        guard case .failure(let e) = noReason else { Issue.record("expected failure"); return }
        #expect(e.fields.keys.contains("leavingReason"))
    }

    @Test("the Masaya network: fifteen founders, three expelled, one admitted later, thirteen members")
    func masayaSize() {
        var periods = (1...15).map { i in
            MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("1998-03-01"), leftOn: [4, 9, 13].contains(i) ? d("1999-11-15") : nil)
        }
        periods.append(MembershipPeriod(id: UUID(), actorId: UUID(), joinedOn: d("2000-09-01"), leftOn: nil))
        #expect(MembershipRules.size(on: d("1998-06-01"), of: periods) == 15)
        #expect(MembershipRules.size(on: d("2001-01-01"), of: periods) == 13)
    }
}
