import FluentKit
import Foundation
import SQLKit

/// New rows of one kind inserted a batch per statement through SQL. Fluent's own batch insert runs
/// a task per row, finds each row's id by reflection and converts the statement on the way: together
/// a quarter of a bulk import's time.
enum BatchInsert {
    static func insert<M: Model>(_ models: [M], now: Date, on db: any Database) async throws {
        guard !models.isEmpty else { return }
        guard let sql = db as? any SQLDatabase, let rows = try? models.map({ try row(of: $0, now: now) }),
              let columns = rows.first?.map(\.key), rows.allSatisfy({ $0.map(\.key) == columns }) else {
            try await models.create(on: db)
            return
        }
        let insert = sql.insert(into: M.schema).columns(columns.map(\.description))
        for row in rows { insert.values(row.map(\.value)) }
        try await insert.run()
        for model in models { (model.properties.first { $0 is IDProperty<M, M.IDValue> } as? IDProperty<M, M.IDValue>)?.exists = true }
    }

    /// The row as Fluent would insert it: a new id, timestamps and search key set, every column named
    /// (`DEFAULT` for those without a value), in the model's order.
    private static func row<M: Model>(of model: M, now: Date) throws -> [(key: FieldKey, value: any SQLExpression)] {
        if model.id == nil {
            guard let id = UUID() as? M.IDValue else { throw UnsupportedValue() }
            model.id = id
        }
        if let stamped = model as? any Timestamped {
            stamped.createdAt = now
            stamped.updatedAt = now
        }
        SearchKeyMiddleware.refresh(model)
        let input = RowInput()
        model.input(to: input)
        return try input.columns.map { ($0.key, try expression($0.value)) }
    }

    private struct UnsupportedValue: Error {}

    private static func expression(_ value: DatabaseQuery.Value) throws -> any SQLExpression {
        switch value {
        case .bind(let bound): SQLBind(bound)
        case .null: SQLLiteral.null
        case .default: SQLLiteral.default
        case .enumCase(let name): SQLLiteral.string(name)
        case .custom(let custom as any SQLExpression): custom
        default: throw UnsupportedValue()
        }
    }

    private final class RowInput: DatabaseInput {
        var columns: [(key: FieldKey, value: DatabaseQuery.Value)] = []
        let wantsUnmodifiedKeys = true
        func set(_ value: DatabaseQuery.Value, at key: FieldKey) { columns.append((key, value)) }
    }
}
