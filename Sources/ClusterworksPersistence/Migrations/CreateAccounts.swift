import FluentKit

struct CreateAccounts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(UserModel.schema)
            .id()
            .field("email", .string, .required).unique(on: "email")
            .field("name", .string, .required)
            .field("language", .string, .required)
            .field("role", .string, .required)
            .field("active", .bool, .required)
            .field("password_hash", .string, .required)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(AssignmentModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("scope_kind", .string, .required)
            .field("scope_id", .uuid, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "scope_kind", "scope_id")
            .create()
        try await db.schema(SessionModel.schema)
            .id()
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .create()
        try await db.schema(APITokenModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required).unique(on: "token_hash")
            .field("prefix", .string, .required)
            .field("created_at", .datetime).field("last_used_at", .datetime).field("revoked_at", .datetime)
            .create()
        try await db.schema(SignInFailureModel.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in [SignInFailureModel.schema, APITokenModel.schema, SessionModel.schema, AssignmentModel.schema, UserModel.schema] {
            try await db.schema(table).delete()
        }
    }
}
