import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Agreements between clusters with what was done under them: the arcs of the portfolio map and
/// the partners a cluster's page lists.
package struct CooperationLink: Sendable {
    package struct End: Sendable {
        package let id: UUID, name: String, country: String
        package let latitude: Double?, longitude: Double?
        package let inProgramme: Bool
    }
    package let agreementId: UUID, title: String, startsOn: String, endsOn: String?
    package let from: End, to: End
    package let activities: Int
    package let firstActivity: String?, lastActivity: String?

    /// Every agreement (or those of one cluster), with both ends and its activities counted.
    package static func load(cluster: UUID? = nil, on db: any Database) async throws -> [CooperationLink] {
        var q = CooperationAgreementModel.query(on: db)
        if let cluster { q = q.group(.or) { $0.filter(\.$clusterId == cluster).filter(\.$partnerClusterId == cluster) } }
        let agreements = try await q.sort(\.$startsOn).all()
        guard !agreements.isEmpty else { return [] }
        let clusterIds = Set(agreements.flatMap { [$0.clusterId, $0.partnerClusterId] })
        let clusters = Dictionary(uniqueKeysWithValues: try await ClusterModel.query(on: db).filter(\.$id ~~ Array(clusterIds)).all().map { ($0.id!, $0) })
        let activities = Dictionary(grouping: try await CooperationActivityModel.query(on: db).filter(\.$agreementId ~~ agreements.compactMap(\.id)).all(), by: \.agreementId)
        return agreements.compactMap { a in
            guard let from = clusters[a.clusterId].map(end), let to = clusters[a.partnerClusterId].map(end) else { return nil }
            let done = (activities[a.id!] ?? []).map(\.startsOn).sorted()
            return CooperationLink(agreementId: a.id!, title: a.titleText, startsOn: a.startsOn, endsOn: a.endsOn, from: from, to: to,
                                   activities: done.count, firstActivity: done.first, lastActivity: done.last)
        }
    }

    static func end(_ c: ClusterModel) -> End {
        End(id: c.id!, name: c.name, country: c.countryCode, latitude: c.latitude, longitude: c.longitude, inProgramme: c.$project.id != nil)
    }
}
