import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent

/// The seed's case-specific indicators, which the demo's figures measure: added to the library with
/// the demo, through the same workflow as a programme manager's (names already there are kept).
enum DemoIndicators {
    static func load(_ db: any Database) async throws {
        let present = Set(try await IndicatorModel.query(on: db).all().map(\.name))
        let dimensions = Dictionary(try await DimensionModel.query(on: db).all().map { ($0.code, try $0.requireID()) }, uniquingKeysWith: { a, _ in a })
        for e in IndicatorLibrary.entries where !present.contains(e.name) {
            try await DemoProgramme.make(IndicatorModel.self, [
                "name": e.name, "unit": e.unit, "scale": e.scale.rawValue, "level": e.level.rawValue, "direction": e.direction.rawValue,
                "accumulation": e.accumulation.rawValue, "dimensions": e.dimensions.compactMap { dimensions[$0]?.uuidString },
                "definition": e.definition, "source": e.source,
            ], on: db)
        }
    }
}
