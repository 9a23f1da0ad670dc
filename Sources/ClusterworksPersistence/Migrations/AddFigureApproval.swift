import FluentKit
import SQLKit

/// Figures go through approval: a status, who submitted and who reviewed, the review's comment, and
/// the approved figure a correction replaces. Figures recorded before approval existed were already
/// reported: they start approved, with a comment that says so.
struct AddFigureApproval: AsyncMigration {
    static let upgradeComment = "Recorded before approval existed; approved on upgrade."

    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds no more at once.
        try await db.schema(ResultEntryModel.schema).field("status", .string, .required, .sql(.default("draft"))).update()
        for column in ["submitted_by", "reviewed_by", "correction_of"] { try await db.schema(ResultEntryModel.schema).field(.string(column), .uuid).update() }
        for column in ["review_comment", "correction_reason"] { try await db.schema(ResultEntryModel.schema).field(.string(column), .string).update() }
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update(ResultEntryModel.schema).set("status", to: SQLBind("approved"))
            .set("review_comment", to: SQLBind(Self.upgradeComment)).run()
    }

    func revert(on db: any Database) async throws {
        for column in ["correction_reason", "correction_of", "review_comment", "reviewed_by", "submitted_by", "status"] {
            try await db.schema(ResultEntryModel.schema).deleteField(.string(column)).update()
        }
    }
}
