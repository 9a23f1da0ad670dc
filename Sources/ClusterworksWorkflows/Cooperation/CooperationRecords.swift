import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Cooperation between clusters and joint learning as kinds of record: programme managers keep
/// them, and a broker assigned to either cluster keeps that cluster's agreements and activities.
extension RecordKinds {
    package static let cooperationAgreements = RecordKind<CooperationAgreementModel>(
        singular: L("cooperation agreement"), access: .programme(assigned: true),
        parentChain: { v, db in try await CooperationRules.chain(clusters: [v.uuid("clusterId"), v.uuid("partnerClusterId")].compactMap { $0 }, db) })

    package static let cooperationActivities = RecordKind<CooperationActivityModel>(
        singular: L("cooperation activity"), access: .programme(assigned: true),
        parentChain: { v, db in
            guard let id = v.uuid("agreementId"), let a = try await CooperationAgreementModel.find(id, on: db) else { return [] }
            return try await CooperationRules.chain(clusters: [a.clusterId, a.partnerClusterId], db)
        },
        writeRules: { w in try await CooperationRules.activity(w) })

    package static let learningEditions = RecordKind<LearningEditionModel>(singular: L("joint learning programme"), access: .programme(assigned: false))

    package static let learningParticipants: RecordKind<LearningParticipantModel> = {
        var kind = RecordKind<LearningParticipantModel>(singular: L("participant"), access: .programme(assigned: false),
                                                        writeRules: { w in try await CooperationRules.learner(w) })
        kind.derived = { v, db in try await PersonNames.named(v, db) }
        return kind
    }()

    package static let actionIdeas = RecordKind<ActionIdeaModel>(
        singular: L("action idea"), access: .programme(assigned: false), writeRules: { w in try await CooperationRules.idea(w) })
}

package enum CooperationRules {
    /// The clusters and their projects: who is assigned to any of them may keep the record.
    static func chain(clusters: [UUID], _ db: any Database) async throws -> [ScopeRef] {
        var chain = clusters.map { ScopeRef(.cluster, $0) }
        for c in try await ClusterModel.query(on: db).filter(\.$id ~~ clusters).all() {
            if let p = c.$project.id { chain.append(ScopeRef(.project, p)) }
        }
        return chain
    }

    static func activity(_ w: RecordWrite<CooperationActivityModel>) async throws -> ValidationErrors {
        guard let id = w.values.uuid("agreementId"), let a = try await CooperationAgreementModel.find(id, on: w.db),
              let starts = CalendarDate(a.startsOn) else { return .init() }
        return CooperationActivitySchema.within(w.values, agreementStarts: starts, agreementEnds: a.endsOn.flatMap { CalendarDate($0) })
    }

    static func learner(_ w: RecordWrite<LearningParticipantModel>) async throws -> ValidationErrors {
        guard let edition = w.values.uuid("editionId"), let person = w.values.uuid("personId") else { return .init() }
        let taken = try await LearningParticipantModel.query(on: w.db).filter(\.$editionId == edition).filter(\.$personId == person)
            .filter(\.$id != (w.existing?.id ?? UUID())).count()
        return taken > 0 ? .init(field: "personId", L("already takes part in this programme")) : .init()
    }

    static func idea(_ w: RecordWrite<ActionIdeaModel>) async throws -> ValidationErrors {
        guard let id = w.values.uuid("participantId"), let p = try await LearningParticipantModel.find(id, on: w.db),
              let edition = try await LearningEditionModel.find(p.editionId, on: w.db), let ends = CalendarDate(edition.endsOn) else { return .init() }
        return ActionIdeaSchema.afterEdition(w.values, editionEnds: ends)
    }
}
