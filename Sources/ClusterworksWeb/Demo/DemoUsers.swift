import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// Demo accounts, one per role a visitor will want to try, with assignments that show the rules.
enum DemoUsers {
    static let password = "demo-password-2024"

    static func create(_ app: Application) async throws {
        let db = app.db
        guard try await UserModel.query(on: db).filter(\.$email == "pm@example.org").first() == nil else { return }
        let hash = try await app.password.async.hash(password)
        let india = try await ProjectModel.query(on: db).filter(\.$code == "IND-CLN").first()?.requireID()
        let masaya = try await NetworkModel.query(on: db).filter(\.$name == "Masaya woodworkers' network").first()?.requireID()
        let accounts: [(String, String, Role, ScopeRef?)] = [
            ("pm@example.org", "Programme manager (demo)", .programmeManager, india.map { ScopeRef(.project, $0) }),
            ("broker@example.org", "Network broker (demo)", .broker, masaya.map { ScopeRef(.network, $0) }),
            ("viewer@example.org", "Donor viewer (demo)", .viewer, nil),
        ]
        try await db.transaction { tx in
            for (email, name, role, scope) in accounts {
                let user = UserModel(email: email, name: name, role: role, passwordHash: hash)
                try await user.create(on: tx)
                if let scope { try await AssignmentModel(userId: try user.requireID(), scope: scope).create(on: tx) }
            }
        }
    }
}
