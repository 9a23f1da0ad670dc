import FluentKit

/// A network analysis keeps its page in every language of the interface: `page_html` stays the
/// English one, as before; the others as a JSON object by language code.
struct AddTranslatedAnalysisPages: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(NetworkAnalysisModel.schema).field("translated_pages", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(NetworkAnalysisModel.schema).deleteField("translated_pages").update()
    }
}
