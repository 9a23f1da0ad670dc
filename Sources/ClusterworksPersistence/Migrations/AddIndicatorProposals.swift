import FluentKit

/// Indicators are proposed by brokers and accepted by programme managers; those already in a
/// library were the programme's own: they are accepted.
struct AddIndicatorProposals: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(IndicatorModel.schema).field("status", .string, .required, .sql(.default("accepted"))).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(IndicatorModel.schema).deleteField("status").update()
    }
}
