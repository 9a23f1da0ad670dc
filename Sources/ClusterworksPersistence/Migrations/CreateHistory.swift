import FluentKit
import SQLKit

struct CreateHistory: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(AuditEntryModel.schema)
            .id()
            .field("record_type", .string, .required)
            .field("record_id", .uuid, .required)
            .field("action", .string, .required)
            .field("user_id", .uuid)
            .field("user_name", .string, .required)
            .field("at", .datetime, .required)
            .field("changes", .string, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "audit_entries_record").on(AuditEntryModel.schema).column("record_id").run()
        try await sql.create(index: "sign_in_failures_email").on(SignInFailureModel.schema).column("email").run()
        try await sql.create(index: "sign_in_failures_address").on(SignInFailureModel.schema).column("address").run()
        try await sql.create(index: "memberships_network").on(MembershipModel.schema).column("network_id").run()
        try await sql.create(index: "project_countries_code").on(ProjectCountryModel.schema).column("country_code").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(AuditEntryModel.schema).delete()
    }
}
