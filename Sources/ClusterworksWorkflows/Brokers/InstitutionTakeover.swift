import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// A local institution taking the brokering function over: the brokers it employs, the clusters
/// handed over to it, the fees it earns, and the share of its brokers' cost it bears year by year.
package struct InstitutionTakeover: Sendable {
    package struct Employed: Sendable { package let brokerId: UUID, name: String, from: String, to: String? }
    package struct Handover: Sendable {
        package let clusterId: UUID, cluster: String, agreedOn: String, takeoverOn: String
        /// The cluster's schedule: from when the institution pays what share of the field broker.
        package let steps: [BrokerCostSchedule.Step]
    }
    package struct Fees: Sendable { package let unit: String, year: Int, invoiced: Double?, paid: Double? }

    package let brokers: [Employed]
    package let handovers: [Handover]
    package let fees: [Fees]
    /// Its brokers' cost by year, and what of it the institution (not the project) bore.
    package let cost: BrokerCost

    package var isEmpty: Bool { brokers.isEmpty && handovers.isEmpty && fees.isEmpty }

    package static func load(_ institution: UUID, today: CalendarDate, on db: any Database) async throws -> InstitutionTakeover {
        let employments = try await BrokerEmploymentModel.query(on: db).filter(\.$institutionId == institution).sort(\.$fromOn).all()
        let names = try await ReferenceDirectory.titles(.broker, employments.map(\.brokerId), on: db)
        let assignments = try await BrokerAssignmentModel.query(on: db).filter(\.$brokerId ~~ employments.map(\.brokerId)).all()
        let plans = try await HandoverPlanModel.query(on: db).filter(\.$institutionId == institution).all()
        let clusters = try await ReferenceDirectory.titles(.cluster, plans.map(\.clusterId), on: db)
        let steps = plans.isEmpty ? [] : try await BrokerCostStepModel.query(on: db).filter(\.$clusterId ~~ plans.map(\.clusterId)).sort(\.$fromOn).all()
        let units = try await LinkageUnitModel.query(on: db).filter(\.$hostInstitutionId == institution).all()
        let years = units.isEmpty ? [] : try await FeeYearModel.query(on: db).filter(\.$projectId ~~ units.map(\.projectId)).sort(\.$year).all()
        return InstitutionTakeover(
            brokers: employments.map { .init(brokerId: $0.brokerId, name: names[$0.brokerId] ?? "", from: $0.fromOn, to: $0.toOn) },
            handovers: plans.map { p in .init(clusterId: p.clusterId, cluster: clusters[p.clusterId] ?? "", agreedOn: p.agreedOn, takeoverOn: p.takeoverOn,
                                              steps: steps.filter { $0.clusterId == p.clusterId }.compactMap(\.step)) },
            fees: years.compactMap { y in units.first { $0.projectId == y.projectId }.map { .init(unit: $0.name, year: y.year, invoiced: y.invoiced, paid: y.paid) } },
            cost: try await BrokerPath.cost(employments, assignments, today: today, on: db))
    }
}
