import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import SQLKit

/// Figures keep their breakdowns by the dimension's and the categories' codes: once a dimension is
/// recorded its code stays, and a category stays while a figure gives it a value.
package enum DimensionRules {
    package static func check(_ w: RecordWrite<DimensionModel>) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        guard let existing = w.existing else { return errors }
        if let code = w.values.text("code"), code != existing.code {
            errors.add("code", L("cannot change once the dimension is recorded (figures and reports carry \(existing.code)); add a new dimension instead"))
        }
        let kept = Set((w.values["categories"]?.list).flatMap { try? BreakdownDimension.categories(from: $0).get() }?.map(\.code) ?? [])
        for category in existing.dimension.categories where !kept.contains(category.code) {
            // LIKE narrows the rows (its `_` matches any letter); the kept lines decide.
            let used = try await ResultEntryModel.query(on: w.db)
                .filter(.sql(SQLBinaryExpression(SQLColumn("parts", table: ResultEntryModel.schema), .like, SQLBind("%\(existing.code).\(category.code)=%"))))
                .all().filter { Breakdown(lines: $0.parts.split(separator: "\n").map(String.init)).value(existing.code, category.code) != nil }.count
            if used > 0 { errors.add("categories", L("must keep \(category.code): \(used) figures give it a value")) }
        }
        return errors
    }
}
