import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Fluent
import SQLKit
import Testing
import Vapor

/// Kinds, statuses and roles are stored as their values and read back as their types: a value no
/// case has is an error naming the column, never read as some default.
@Suite("Stored choices are typed")
struct StoredChoicesTests {
    @Test("given a network whose stored kind is not a kind, reading it fails instead of taking it for a horizontal network",
          arguments: TestDatabase.available)
    func unknownKind(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            let network = try #require(try await NetworkModel.query(on: app.db).filter(\.$networkKind == .vertical).first())
            #expect(network.networkKind == .vertical)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.update(NetworkModel.schema).set("kind", to: "diagonal").where("id", .equal, network.requireID()).run()
            await #expect(throws: (any Error).self) { _ = try await NetworkModel.find(network.id, on: app.db) }
            // The other networks still read.
            #expect(try await NetworkModel.query(on: app.db).filter(\.$id != network.requireID()).count() > 0)
        }
    }

    @Test("each typed choice keeps its value through the database", arguments: TestDatabase.available)
    func typedRoundTrip(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            #expect(try await UserModel.query(on: app.db).filter(\.$userRole == .admin).count() == 1)
            #expect(try await ActorModel.query(on: app.db).filter(\.$actorKind == .institution).count() > 0)
            #expect(try await NETAssessmentModel.query(on: app.db).filter(\.$networkPhase == .selfManagement).count() >= 0)
            let done = try await ActionModel.query(on: app.db).filter(\.$actionStatus == .done).all()
            #expect(!done.isEmpty && done.allSatisfy { $0.actionStatus == .done })
            #expect(try await DiagnosticModel.query(on: app.db).filter(\.$diagnosticStatus == .validated).count() > 0)
            #expect(try await ProjectModel.query(on: app.db).filter(\.$projectStatus == .ongoing).count() > 0)
            #expect(try await IndicatorModel.query(on: app.db).filter(\.$indicatorDirection == .higher).count() > 0)
            let clients = try await MembershipModel.query(on: app.db).filter(\.$role == .client).all()
            #expect(!clients.isEmpty && clients.allSatisfy { $0.role == .client })
            #expect(try await ClusterModel.query(on: app.db).filter(\.$stage == .selection).count() < ClusterModel.query(on: app.db).count())
        }
    }

    @Test("given an action whose stored status is no status, a cluster's summary fails naming the column instead of counting it as planned",
          arguments: TestDatabase.available)
    func unknownCountedStatus(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            let action = try #require(try await ActionModel.query(on: app.db).first())
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.update(ActionModel.schema).set("status", to: "forgotten").where("id", .equal, action.requireID()).run()
            let cluster = try #require(try await ClusterModel.find(action.clusterId, on: app.db))
            await #expect { _ = try await ClusterStatus.load(cluster, today: CalendarDate(year: 2026, month: 12, day: 1)!, on: app.db) } throws: { error in
                "\(error)".contains(ActionModel.schema + ".status") && "\(error)".contains("forgotten")
            }
        }
    }
}
