import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// What a project reports: its approved figures per indicator, owner and subject, read with its
/// reporting calendar and the programme's dimensions; the figures still waiting; the cost sharing
/// pledged and paid in its clusters. Reports, workbooks and IATI files are written from this.
package struct ProjectResults: @unchecked Sendable {
    package struct Series: @unchecked Sendable {
        package let indicator: IndicatorModel
        /// The cluster or network the figures are kept under.
        package let owner: String
        /// The firm, association or network measured, when not the owner as a whole.
        package let subject: String?
        /// Approved figures, oldest first.
        package let entries: [ResultEntryModel]

        package var figures: [ResultEntryRules.Figure] { entries.compactMap(\.figure) }
        package var progress: ResultProgress {
            ResultProgress(figures, direction: indicator.indicatorDirection, accumulation: indicator.accumulation)
        }
        package var title: String { [indicator.name, subject ?? owner].joined(separator: " — ") }
    }

    package let project: ProjectModel
    package let clusters: [ClusterModel]
    package let networks: [NetworkModel]
    package let periods: [ReportingPeriod]
    package let dimensions: [UUID: BreakdownDimension]
    package let series: [Series]
    /// Figures not yet approved (drafts, returned, submitted).
    package let pending: Int
    package let contributions: [ContributionModel]

    /// The project's calendar, or calendar years over its figures when it has none.
    package var reportingPeriods: [ReportingPeriod] {
        if !periods.isEmpty { return periods }
        let dates = series.flatMap(\.figures).map(\.on)
        guard let first = dates.min(), let last = dates.max() else { return [] }
        return ReportingCalendar.years.periods(from: first, to: last)
    }

    package static func load(_ project: ProjectModel, on db: any Database) async throws -> ProjectResults {
        let id = try project.requireID()
        if project.$countryLinks.value == nil { try await project.loadLinks(on: db) }
        let clusters = try await ClusterModel.query(on: db).filter(\.$project.$id == id).sort(\.$name).all()
        let clusterIds = clusters.compactMap(\.id)
        var networks = try await NetworkModel.query(on: db).filter(\.$project.$id == id).all()
        if !clusterIds.isEmpty {
            networks += try await NetworkModel.query(on: db).filter(\.$cluster.$id ~~ clusterIds).all().filter { n in !networks.contains { $0.id == n.id } }
        }
        let networkIds = networks.compactMap(\.id)
        var entries: [ResultEntryModel] = []
        if !clusterIds.isEmpty { entries += try await ResultEntryModel.query(on: db).filter(\.$ownerClusterId ~~ clusterIds).all() }
        if !networkIds.isEmpty { entries += try await ResultEntryModel.query(on: db).filter(\.$ownerNetworkId ~~ networkIds).all() }
        // Reported: approved figures of indicators the library has accepted; the others wait.
        let indicators = Dictionary(uniqueKeysWithValues: try await IndicatorModel.query(on: db).with(\.$dimensionList)
            .filter(\.$id ~~ Array(Set(entries.map(\.indicatorId)))).filter(\.$status == .accepted).all().map { ($0.id!, $0) })
        let approved = entries.filter { $0.figureStatus == .approved && indicators[$0.indicatorId] != nil }
        let actorNames = try await ReferenceDirectory.titles(.actor, approved.compactMap(\.actorId), on: db)
        let ownerNames = Dictionary(uniqueKeysWithValues: clusters.map { ($0.id!, $0.name) } + networks.map { ($0.id!, $0.name) })
        let networkNames = Dictionary(uniqueKeysWithValues: networks.map { ($0.id!, $0.name) })
        let grouped = Dictionary(grouping: approved) { "\($0.ownerClusterId?.uuidString ?? $0.ownerNetworkId?.uuidString ?? "")|\($0.seriesKey)" }
        let series = grouped.values.compactMap { items -> Series? in
            guard let indicator = indicators[items[0].indicatorId], let owner = items[0].ownerClusterId ?? items[0].ownerNetworkId else { return nil }
            let subject = items[0].actorId.flatMap { actorNames[$0] } ?? items[0].networkId.flatMap { $0 == owner ? nil : networkNames[$0] }
            return Series(indicator: indicator, owner: ownerNames[owner] ?? "", subject: subject,
                          entries: items.sorted { ($0.observedOn, $0.kind) < ($1.observedOn, $1.kind) })
        }.sorted { ($0.indicator.level.rawValue, $0.indicator.name, $0.owner, $0.subject ?? "") < ($1.indicator.level.rawValue, $1.indicator.name, $1.owner, $1.subject ?? "") }
        let contributions = clusterIds.isEmpty ? [] : try await ContributionModel.query(on: db).filter(\.$clusterId ~~ clusterIds).sort(\.$pledgedOn).all()
        return ProjectResults(project: project, clusters: clusters, networks: networks, periods: try await ReportingPeriodModel.periods(of: id, on: db),
                              dimensions: try await DimensionModel.all(on: db), series: series,
                              pending: entries.count - approved.count - entries.filter { $0.figureStatus == .superseded }.count,
                              contributions: contributions)
    }
}
