import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// A programme manager takes a broker's proposed indicator into the library; from then on its
/// approved figures reach reports, and only programme managers change it.
package enum IndicatorCuration {
    package static func accept(_ indicator: IndicatorModel, by acting: Acting, on db: any Database) async throws -> IndicatorModel {
        guard EditPolicy.canCurateLibrary(acting.principal) else {
            throw Refusal.forbidden(L("Only programme managers and admins accept indicators into the library."))
        }
        return try await RecordWriter.step(indicator, action: "accept", by: acting.author, on: db, check: { current in
            if current.status == .accepted { throw FieldErrors(errors: .init(field: "status", L("is already accepted")), kind: .conflict) }
        }) { $0.status = .accepted }
    }
}
