import FluentKit

/// A project names the DAC sector it reports under in IATI files.
struct AddIATIFields: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ProjectModel.schema).field("dac_sector", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ProjectModel.schema).deleteField("dac_sector").update()
    }
}
