import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// What `serve` does before it listens: migrate, create the first admin, load the demo if asked.
public enum Startup {
    public static func beforeServing(_ app: Application, demo: Bool) async throws {
        try await prepareDatabase(app)
        if let admin = try await Bootstrap.firstAdmin(app) {
            if let password = admin.password {
                app.logger.notice("Created the admin account \(admin.email) with password: \(password)  (shown once; change it on /account/password)")
            } else {
                app.logger.notice("Created the admin account \(admin.email) with the password from CLUSTERWORKS_ADMIN_PASSWORD.")
            }
        }
        if demo, try await DemoProgramme.load(on: app.db, today: app.settings.clock.today) {
            try await DemoUsers.create(app)
            app.logger.notice("Loaded the demo programme. Demo users (password '\(DemoUsers.password)'): pm@example.org, broker@example.org, viewer@example.org")
        }
        // The address follows from Vapor's own "Server started on …" line, which knows --port.
        app.logger.notice("Clusterworks is starting: open the address below and sign in as \(app.settings.adminEmail).")
    }
}
