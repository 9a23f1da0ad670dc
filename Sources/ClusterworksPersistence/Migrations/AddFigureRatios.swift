import FluentKit

/// A percentage's or ratio's figure may keep the numerator and denominator it was computed from,
/// so the programme pools them across clusters. Figures recorded before keep none: they stay as
/// they were and are read per cluster.
struct AddFigureRatios: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds no more at once.
        for column in ["numerator", "denominator"] { try await db.schema(ResultEntryModel.schema).field(.string(column), .double).update() }
    }

    func revert(on db: any Database) async throws {
        for column in ["denominator", "numerator"] { try await db.schema(ResultEntryModel.schema).deleteField(.string(column)).update() }
    }
}
