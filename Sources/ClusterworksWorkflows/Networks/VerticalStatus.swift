import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// What the vertical phase rules need to know about a client and its suppliers.
package enum VerticalStatus {
    package static func facts(_ network: NetworkModel, today: CalendarDate, on db: any Database) async throws -> VerticalFacts {
        let id = try network.requireID()
        var f = VerticalFacts()
        f.dissolved = network.dissolvedOn != nil
        f.suppliersEvaluated = Set(try await SupplierEvaluationModel.owned(by: .network, id, on: db).all().map(\.supplierId)).count
        let tables = try await RoundTableModel.owned(by: .network, id, on: db).all()
        f.roundTablesWithRequirements = tables.filter { !$0.agreedRequirements.isEmpty }.count
        f.roundTablesWithAreas = tables.filter { !$0.improvementAreas.isEmpty }.count
        let current = try await MembershipModel.query(on: db).filter(\.$network.$id == id).all()
            .filter { [MembershipRole.client, .supplier].contains($0.role) && ($0.period.map { MembershipRules.size(on: today, of: [$0]) == 1 } ?? false) }
        let firms = Set(current.map(\.$actor.id))
        f.firms = firms.count
        let planned = Set(try await ImprovementPlanModel.owned(by: .network, id, on: db).all().map(\.firmId))
        f.firmsWithPlan = planned.intersection(firms).count
        let without = firms.subtracting(planned)
        let names = try await ReferenceDirectory.titles(.actor, Array(without), on: db)
        f.firmsWithoutPlan = without.map { names[$0] ?? $0.uuidString.lowercased() }.sorted()
        f.clientWithoutPlan = current.contains { $0.role == .client && without.contains($0.$actor.id) }
        f.improvementActionsDone = try await ImprovementActionModel.owned(by: .network, id, on: db).filter(\.$status == ActionStatus.done.rawValue).count()
        return f
    }
}
