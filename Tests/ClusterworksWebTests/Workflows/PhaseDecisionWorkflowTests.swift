import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import Foundation
import Testing
import Vapor

/// The phase decision as a workflow: who acts, the database and today go in; the pages, the API,
/// the CLI and the demo all come through here.
@Suite("Phase decisions, as a workflow")
struct PhaseDecisionWorkflowTests {
    static let admin = Acting.system("test")
    static let today = CalendarDate(year: 2001, month: 6, day: 30)!

    /// A horizontal network formed in 1998 with `members` current members, recorded by an administrator.
    static func network(_ db: any Database, members: Int, kind: String = "horizontal", phase: String = "promotion") async throws -> NetworkModel {
        let network = try await RecordWorkflow(kind: RecordKinds.networks).create(
            ["name": .text("Woodworkers \(UUID().uuidString.prefix(6))"), "kind": .text(kind), "country": .text("NI"),
             "phase": .text(phase), "formedOn": .text("1998-03-01")], by: admin, today: today, on: db)
        for i in 0..<members {
            let firm = try await RecordWorkflow(kind: RecordKinds.actors).create(
                ["kind": .text("enterprise"), "name": .text("Firm \(i) \(UUID().uuidString.prefix(6))"), "country": .text("NI"), "employees": .number(6)],
                by: admin, today: today, on: db)
            _ = try await Memberships.join(["actorId": .text(try firm.requireID().uuidString), "role": .text("member"), "joinedOn": .text("1998-03-01")],
                                           network: network, by: admin, today: today, on: db)
        }
        return network
    }

    static func refusal(_ body: () async throws -> Void) async -> FieldErrors? {
        do { try await body(); return nil } catch let e as FieldErrors { return e } catch { return nil }
    }

    @Test("given a network in phase 1 with two members, when strategic planning is decided, then it is refused naming the members still needed", arguments: TestDatabase.available)
    func conditionsRefuse(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database) { app in
            let n = try await Self.network(app.db, members: 2)
            let refused = await Self.refusal {
                _ = try await PhaseDecision.record(["decidedOn": .text("1999-01-10"), "toPhase": .text("strategic_planning"), "reason": .text("ready")],
                                                   in: n, by: Self.admin, today: Self.today, on: app.db)
            }
            let message = try #require(refused?.errors.fields["toPhase"]?.first)
            #expect(message.english.contains("it has 2 current members; at least 3 are needed"))
            #expect(try await PhaseDecisionModel.query(on: app.db).count() == 0)
            #expect(try await NetworkModel.find(n.id, on: app.db)?.phase == "promotion")
        }
    }

    @Test("given the clock says 30 June 2001, a decision dated the next day is refused, and taken once the clock has moved on", arguments: TestDatabase.available)
    func injectedToday(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database) { app in
            let n = try await Self.network(app.db, members: 3)
            let input: [String: RawInput] = ["decidedOn": .text("2001-07-01"), "toPhase": .text("strategic_planning"), "reason": .text("three members")]
            let refused = await Self.refusal { _ = try await PhaseDecision.record(input, in: n, by: Self.admin, today: Self.today, on: app.db) }
            #expect(refused?.errors.messages(for: "decidedOn") == ["cannot be in the future"])
            let later = CalendarDate(year: 2001, month: 7, day: 1)!
            let decision = try await PhaseDecision.record(input, in: n, by: Self.admin, today: later, on: app.db)
            #expect(decision.fromPhase == "promotion")
            #expect(try await NetworkModel.find(n.id, on: app.db)?.phase == "strategic_planning")
        }
    }

    @Test("given a network with three open memberships, when it is dissolved, then the dissolution and each membership's end are in the history", arguments: TestDatabase.available)
    func dissolutionInHistory(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database) { app in
            let n = try await Self.network(app.db, members: 3)
            _ = try await PhaseDecision.record(["decidedOn": .text("2000-05-02"), "dissolution": .text("members_left"), "reason": .text("no common project")],
                                               in: n, by: Self.admin, today: Self.today, on: app.db)
            let network = try #require(try await NetworkModel.find(n.id, on: app.db))
            #expect(network.dissolvedOn == "2000-05-02")
            let history = try await RecordWriter.history(of: try network.requireID(), on: app.db)
            let dissolution = history.filter { $0.action == "update" }.flatMap(\.decodedChanges)
            #expect(dissolution.contains(FieldChange(field: "dissolvedOn", old: nil, new: "2000-05-02")))
            #expect(dissolution.contains { $0.field == "dissolutionReason" && $0.new == "members_left" })
            let memberships = try await MembershipModel.query(on: app.db).filter(\.$network.$id == network.requireID()).all()
            #expect(memberships.allSatisfy { $0.leftOn == "2000-05-02" && $0.leavingReason == LeavingReason.networkDissolved.rawValue })
            for m in memberships {
                #expect(try await RecordWriter.history(of: try m.requireID(), on: app.db).contains { $0.decodedChanges.contains { $0.field == "leftOn" } })
            }
            // A dissolved network takes no more decisions.
            let refused = await Self.refusal {
                _ = try await PhaseDecision.record(["decidedOn": .text("2000-06-01"), "toPhase": .text("strategic_planning"), "reason": .text("again")],
                                                   in: network, by: Self.admin, today: Self.today, on: app.db)
            }
            #expect(refused?.errors.fields["toPhase"]?.first?.english.contains("dissolved on 2000-05-02") == true)
        }
    }

    @Test("given a broker assigned to the network, an override is refused; a programme manager assigned to it may override with a justification", arguments: TestDatabase.available)
    func overrideRight(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database) { app in
            let n = try await Self.network(app.db, members: 1)
            let scope = ScopeRef(.network, try n.requireID())
            let broker = Acting(principal: Principal(userId: UUID(), role: .broker, assignments: [scope]), author: Author(userId: nil, name: "broker"))
            let manager = Acting(principal: Principal(userId: UUID(), role: .programmeManager, assignments: [scope]), author: Author(userId: nil, name: "pm"))
            let input: [String: RawInput] = ["decidedOn": .text("1999-02-01"), "toPhase": .text("strategic_planning"), "reason": .text("committed core"),
                                             "override": .bool(true), "justification": .text("two more firms sign next month")]
            let refused = await Self.refusal { _ = try await PhaseDecision.record(input, in: n, by: broker, today: Self.today, on: app.db) }
            #expect(refused?.errors.fields["override"] != nil)
            _ = try await PhaseDecision.record(input, in: n, by: manager, today: Self.today, on: app.db)
            #expect(try await NetworkModel.find(n.id, on: app.db)?.phase == "strategic_planning")
        }
    }

    @Test("given a vertical network, the same workflow checks the supplier development phases", arguments: TestDatabase.available)
    func verticalPhases(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database) { app in
            let n = try await Self.network(app.db, members: 0, kind: "vertical", phase: "supplier_evaluation")
            let refused = await Self.refusal {
                _ = try await PhaseDecision.record(["decidedOn": .text("1999-08-01"), "toPhase": .text("round_tables"), "reason": .text("start")],
                                                   in: n, by: Self.admin, today: Self.today, on: app.db)
            }
            #expect(refused?.errors.fields["toPhase"]?.first?.english.contains("no supplier has been evaluated") == true)
            let wrongKind = await Self.refusal {
                _ = try await PhaseDecision.record(["decidedOn": .text("1999-08-01"), "toPhase": .text("pilot_projects"), "reason": .text("start")],
                                                   in: n, by: Self.admin, today: Self.today, on: app.db)
            }
            #expect(wrongKind?.errors.fields["toPhase"]?.first?.english.hasPrefix("must be a phase of a network of this kind (vertical)") == true)
        }
    }
}
