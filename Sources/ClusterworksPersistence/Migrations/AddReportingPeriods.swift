import ClusterworksDomain
import FluentKit
import SQLKit

/// Projects report per period of their calendar, and an indicator says how its measurements make
/// its value to date. The library's cumulative indicators (people trained…) become cumulative in
/// databases seeded before; every other stays a level, as it was read until now.
struct AddReportingPeriods: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ReportingPeriodModel.schema).id()
            .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
            .field("label", .string, .required).field("starts_on", .string, .required).field("ends_on", .string, .required)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .unique(on: "project_id", "label")
            .create()
        try await db.schema(IndicatorModel.schema).field("accumulation", .string, .required, .sql(.default("level"))).update()
        guard let sql = db as? any SQLDatabase else { return }
        let cumulative = IndicatorLibrary.entries.filter { $0.accumulation == .cumulative }.map(\.name)
        try await sql.update(IndicatorModel.schema).set("accumulation", to: SQLBind("cumulative"))
            .where(SQLColumn("name"), .in, SQLBind.group(cumulative)).run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(IndicatorModel.schema).deleteField("accumulation").update()
        try await db.schema(ReportingPeriodModel.schema).delete()
    }
}
