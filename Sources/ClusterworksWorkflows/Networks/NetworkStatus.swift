import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// What the phase rules and the network page need to know about a network's work.
package struct NetworkStatus: Sendable {
    package var facts = NetworkFacts()
    package var members: [MembershipPeriod] = []
    package var latest: NETAssessmentModel?
    package var comparison: NETComparison?
    package var targets = NETTargets.standard

    package static func load(_ network: NetworkModel, today: CalendarDate, on db: any Database) async throws -> NetworkStatus {
        let id = try network.requireID()
        var s = NetworkStatus()
        s.members = try await MembershipModel.query(on: db).filter(\.$network.$id == id).all().compactMap(\.period)
        s.facts.currentMembers = MembershipRules.size(on: today, of: s.members)
        s.facts.businessPlanAdopted = try await BusinessPlanModel.owned(by: .network, id, on: db).filter(\.$adoptedOn != nil).count() > 0
        s.facts.rulesAdopted = try await NetworkRulesModel.owned(by: .network, id, on: db).filter(\.$adoptedOn != nil).count() > 0
        s.facts.completedPilotProjects = try await JointProjectModel.owned(by: .network, id, on: db)
            .filter(\.$scale == JointProjectScale.pilot.rawValue).filter(\.$status == JointProjectStatus.completed.rawValue).count()
        s.facts.dissolved = network.dissolvedOn != nil
        s.targets = try await NETSettings.targets(for: id, on: db)
        s.latest = try await NETAssessmentModel.owned(by: .network, id, on: db).all().max { ($0.assessedOn, $0.createdAt ?? .distantPast) < ($1.assessedOn, $1.createdAt ?? .distantPast) }
        if let latest = s.latest {
            let comparison = NETComparison(scores: latest.scores, phase: latest.networkPhase, targets: s.targets)
            s.comparison = comparison
            s.facts.latestAssessment = (comparison.atOrAboveTarget, latest.dependsOnBroker)
            s.facts.belowTarget = comparison.rows.filter { $0.standing == .below }.map(\.indicator.label)
        }
        return s
    }
}
