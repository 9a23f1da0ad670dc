import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Recording a decision on a network's phase. `PhaseDecisionRules.decide` judges it; the decision
/// and what it changes — the network's phase, or its dissolution and the end of the open
/// memberships — are written together through the audited writer, so all of it is in the history.
package enum PhaseDecision {
    package static func record(_ input: [String: RawInput], in network: NetworkModel, by acting: Acting,
                               today: CalendarDate, on db: any Database) async throws -> PhaseDecisionModel {
        let kind = RecordKinds.networks
        guard try await kind.canEdit(acting.principal, network, on: db) else {
            throw Refusal.forbidden(L("You may not change this network's phase decisions."))
        }
        let values = try await RecordValidation.values(PhaseDecisionSchema.schema, input, today: today, on: db)
        let proposal = PhaseDecisionRules.Proposal(decidedOn: values["decidedOn"]!.date!, toPhase: values.text("toPhase"),
                                                   override: values.bool("override") == true)
        let mayOverride = EditPolicy.canOverride(acting.principal, chain: try await kind.chain(of: network, on: db))
        let previous = try await PhaseDecisionModel.owned(by: .network, try network.requireID(), on: db).all().compactMap { CalendarDate($0.decidedOn) }.max()
        func decide<P: RecordedPhases>(_: P.Type) async throws -> Result<PhaseDecisionRules.Outcome, ValidationErrors> {
            let standing = PhaseDecisionRules.Standing(current: NetworkPhases.current(P.self, network), formedOn: network.formedOn.flatMap(CalendarDate.init),
                                                       dissolvedOn: network.dissolvedOn, previousDecision: previous,
                                                       facts: try await P.facts(network, today: today, on: db))
            return PhaseDecisionRules.decide(proposal, standing, mayOverride: mayOverride)
        }
        switch try await decide(network.phases) {
        case .failure(let errors): throw FieldErrors(errors: errors)
        case .success(let outcome): return try await write(values, outcome, network: network, author: acting.author, on: db)
        }
    }

    private static func write(_ values: RecordValues, _ outcome: PhaseDecisionRules.Outcome, network: NetworkModel,
                              author: Author, on db: any Database) async throws -> PhaseDecisionModel {
        let networkId = try network.requireID()
        return try await db.transaction { tx in
            let from: String
            var changed = network.values
            switch outcome {
            case .move(let f, let to): from = f; changed["phase"] = .text(to)
            case .dissolve(let f):
                from = f
                changed["dissolvedOn"] = values["decidedOn"]
                changed["dissolutionReason"] = values["dissolution"]
            }
            let decision = try await RecordWriter.create(PhaseDecisionModel.self, values: values, by: author, on: tx) {
                $0.networkId = networkId; $0.fromPhase = from
            }
            try await RecordWriter.update(network, values: changed, by: author, on: tx)
            if case .dissolve = outcome { try await endMemberships(networkId, on: values["decidedOn"], author: author, tx) }
            return decision
        }
    }

    /// A dissolution ends every open membership on its day, with the network's dissolution as the reason.
    private static func endMemberships(_ networkId: UUID, on day: FieldValue?, author: Author, _ db: any Database) async throws {
        for m in try await MembershipModel.query(on: db).filter(\.$network.$id == networkId).filter(\.$leftOn == nil).all() {
            var v = m.values
            v["leftOn"] = day
            v["leavingReason"] = .text(LeavingReason.networkDissolved.rawValue)
            try await RecordWriter.update(m, values: v, by: author, on: db)
        }
    }
}
