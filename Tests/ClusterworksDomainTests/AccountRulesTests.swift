import ClusterworksDomain
import Foundation
import Testing

@Suite("Accounts and permissions")
struct AccountRulesTests {
    let project = ScopeRef(.project, UUID())
    let cluster = ScopeRef(.cluster, UUID())
    let network = ScopeRef(.network, UUID())

    func principal(_ role: Role, _ scopes: Set<ScopeRef> = []) -> Principal {
        Principal(userId: UUID(), role: role, assignments: scopes)
    }

    @Test("a programme manager assigned to a project edits the clusters and networks inside it")
    func managerEditsInsideProject() {
        let pm = principal(.programmeManager, [project])
        #expect(EditPolicy.canEdit(pm, chain: [cluster, project]))
        #expect(EditPolicy.canEdit(pm, chain: [network, cluster, project]))
        #expect(!EditPolicy.canEdit(pm, chain: [ScopeRef(.cluster, UUID())]))
    }

    @Test("a broker edits only what they are assigned; a viewer edits nothing")
    func brokerAndViewer() {
        let broker = principal(.broker, [network])
        #expect(EditPolicy.canEdit(broker, chain: [network, cluster]))
        #expect(!EditPolicy.canEdit(broker, chain: [cluster, project]))
        #expect(!EditPolicy.canEdit(principal(.viewer, [network]), chain: [network]))
        #expect(!EditPolicy.canEdit(principal(.enterpriseMember, [network]), chain: [network]))
        #expect(EditPolicy.canEdit(principal(.admin), chain: [network]))
    }

    @Test("only programme managers start projects; creating inside a parent needs rights on it")
    func creating() {
        #expect(EditPolicy.canCreate(principal(.programmeManager), .project, parentChain: []))
        #expect(!EditPolicy.canCreate(principal(.broker), .project, parentChain: []))
        #expect(EditPolicy.canCreate(principal(.broker), .cluster, parentChain: []))
        #expect(!EditPolicy.canCreate(principal(.broker), .cluster, parentChain: [project]))
        #expect(EditPolicy.canCreate(principal(.broker, [cluster]), .network, parentChain: [cluster, project]))
        #expect(!EditPolicy.canCreate(principal(.viewer), .cluster, parentChain: []))
    }

    @Test("a broker cannot take a cluster out of the project that manages it; its programme manager can")
    func moving() {
        let broker = principal(.broker, [cluster])
        #expect(!EditPolicy.canMove(broker, .cluster, from: [project], to: []))
        #expect(EditPolicy.canMove(broker, .cluster, from: [project], to: [project]))
        #expect(!EditPolicy.canMove(broker, .cluster, from: [], to: [project]))
        #expect(EditPolicy.canMove(principal(.programmeManager, [project]), .cluster, from: [project], to: []))
        #expect(EditPolicy.canMove(broker, .cluster, from: [], to: []))
    }

    @Test("who is offered to create what at all")
    func createSomewhere() {
        #expect(EditPolicy.mayCreateSomewhere(principal(.programmeManager), .project))
        #expect(!EditPolicy.mayCreateSomewhere(principal(.broker), .project))
        #expect(EditPolicy.mayCreateSomewhere(principal(.institutionStaff), .network))
        #expect(!EditPolicy.mayCreateSomewhere(principal(.viewer), .cluster))
        #expect(!EditPolicy.mayCreateSomewhere(principal(.programmeManager), .country))
    }

    @Test("an admin cannot disable themselves or give up their own admin role")
    func adminContinuity() {
        #expect(Set(AdminContinuity.problems(changingSelf: true, newRole: .viewer, active: false).fields.keys) == ["role", "active"])
        #expect(AdminContinuity.problems(changingSelf: true, newRole: .admin, active: true).isEmpty)
        #expect(AdminContinuity.problems(changingSelf: false, newRole: .viewer, active: false).isEmpty)
    }

    @Test("five failures within fifteen minutes lock an account for fifteen minutes")
    func lockout() {
        let t0 = Date(timeIntervalSince1970: 1_000_000)
        let throttle = SignInThrottle()
        let four = (0..<4).map { t0.addingTimeInterval(Double($0) * 60) }
        #expect(throttle.accountLockedUntil(failures: four, now: t0.addingTimeInterval(300)) == nil)
        let five = four + [t0.addingTimeInterval(600)]
        #expect(throttle.accountLockedUntil(failures: five, now: t0.addingTimeInterval(601)) == t0.addingTimeInterval(1500))
        #expect(throttle.accountLockedUntil(failures: five, now: t0.addingTimeInterval(1501)) == nil)
        let spread = (0..<5).map { t0.addingTimeInterval(Double($0) * 300) }
        #expect(throttle.accountLockedUntil(failures: spread, now: t0.addingTimeInterval(1201)) == nil)
    }

    @Test("sessions end after two idle hours or twelve hours in all")
    func sessionTimeouts() {
        let policy = SessionPolicy()
        let start = Date(timeIntervalSince1970: 0)
        #expect(policy.isValid(createdAt: start, lastSeenAt: start.addingTimeInterval(3600), now: start.addingTimeInterval(2.5 * 3600)))
        #expect(!policy.isValid(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(2 * 3600 + 1)))
        #expect(!policy.isValid(createdAt: start, lastSeenAt: start.addingTimeInterval(12 * 3600), now: start.addingTimeInterval(12 * 3600 + 1)))
    }

    @Test("passwords are at least twelve characters and fit bcrypt")
    func passwords() {
        #expect(!PasswordPolicy.problems("short").isEmpty)
        #expect(PasswordPolicy.problems("a long enough phrase").isEmpty)
        #expect(!PasswordPolicy.problems(String(repeating: "é", count: 40)).isEmpty)
        #expect(!PasswordPolicy.problems("aaaaaaaaaaaaaaa").isEmpty)
    }

    @Test("the map shows a country by its most active project")
    func mapStatus() {
        #expect(CountryMapStatus.of([.completed, .ongoing, .underDesign]) == .ongoing)
        #expect(CountryMapStatus.of([.completed, .underDesign]) == .underDesign)
        #expect(CountryMapStatus.of([]) == nil)
    }
}
