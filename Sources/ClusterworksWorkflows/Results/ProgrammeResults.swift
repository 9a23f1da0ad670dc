import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Every indicator of the programme added up for a period over the clusters and networks chosen
/// (by country, by project), from approved figures only, optionally for one breakdown category.
package struct ProgrammeResults: @unchecked Sendable {
    package struct Line: @unchecked Sendable {
        package let indicator: IndicatorModel
        package let row: ResultAggregation.Row
    }

    package let period: ReportingPeriod
    package let lines: [Line]

    package static func load(period: ReportingPeriod, country: String?, project: UUID?, category: (dimension: String, code: String)?,
                             on db: any Database) async throws -> ProgrammeResults {
        var clusters = ClusterModel.query(on: db)
        if let country { clusters = clusters.filter(\.$countryCode == country) }
        if let project { clusters = clusters.filter(\.$project.$id == project) }
        let clusterList = try await clusters.all()
        var networks = try await NetworkModel.query(on: db).all()
        if let country { networks = networks.filter { $0.countryCode == country } }
        if let project {
            let inProject = Set(clusterList.compactMap(\.id))
            networks = networks.filter { $0.$project.id == project || ($0.$cluster.id.map(inProject.contains) ?? false) }
        }
        let clusterIds = clusterList.compactMap(\.id), networkIds = networks.compactMap(\.id)
        var entries: [ResultEntryModel] = []
        if !clusterIds.isEmpty { entries += try await ResultEntryModel.query(on: db).filter(\.$ownerClusterId ~~ clusterIds).filter(\.$status == FigureStatus.approved.rawValue).all() }
        if !networkIds.isEmpty { entries += try await ResultEntryModel.query(on: db).filter(\.$ownerNetworkId ~~ networkIds).filter(\.$status == FigureStatus.approved.rawValue).all() }
        let indicators = try await IndicatorModel.query(on: db).filter(\.$status == .accepted).sort(\.$name).all()
        let byIndicator = Dictionary(grouping: entries, by: \.indicatorId)
        let lines = indicators.compactMap { indicator -> Line? in
            guard let items = byIndicator[indicator.id!] else { return nil }
            let series = Dictionary(grouping: items) { "\($0.ownerClusterId?.uuidString ?? $0.ownerNetworkId?.uuidString ?? "")|\($0.seriesKey)" }.values.map { group in
                group.compactMap { e -> ResultAggregation.Figure? in
                    guard let f = e.figure else { return nil }
                    return .init(kind: f.kind, on: f.on, value: f.value, breakdown: Breakdown(lines: e.parts.split(separator: "\n").map(String.init)), ratio: e.ratio)
                }
            }
            return Line(indicator: indicator, row: ResultAggregation.row(Array(series), scale: indicator.scale, direction: indicator.indicatorDirection,
                                                                       accumulation: indicator.accumulation, period: period, category: category))
        }
        return ProgrammeResults(period: period, lines: lines)
    }
}
