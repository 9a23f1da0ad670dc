import ClusterworksDomain
import ClusterworksPersistence
import Fluent

/// Where a network stands on the phases of its kind: the phases, the current one, and — unless it
/// was dissolved — what the next one still needs. The phase page, the dashboards and the API read it.
struct PhaseTrack {
    typealias Phase = (value: String, label: String, conditions: [String])
    let phases: [Phase]
    let current: Int
    /// The next phase and its conditions not yet met; nil after the last phase or a dissolution.
    let next: (phase: Phase, missing: [String])?

    /// The phases of the network's kind: value, label and the conditions to enter each.
    static func phases(_ network: NetworkModel) -> [Phase] {
        network.networkKind == .vertical
            ? VerticalPhase.allCases.map { ($0.rawValue, $0.label, VerticalPhaseRules.conditions($0)) }
            : NetworkPhase.allCases.map { ($0.rawValue, $0.label, NetworkPhaseRules.conditions($0)) }
    }

    /// - Parameter withNext: whether to check the next phase's conditions (a few queries).
    static func load(_ network: NetworkModel, withNext: Bool = true, on db: any Database) async throws -> PhaseTrack {
        let phases = phases(network)
        let current = phases.firstIndex { $0.value == network.phase } ?? 0
        guard withNext, network.dissolvedOn == nil, current + 1 < phases.count else { return PhaseTrack(phases: phases, current: current, next: nil) }
        let missing = try await PhaseDecisionService.move(network, to: phases[current + 1].value, on: db).missing
        return PhaseTrack(phases: phases, current: current, next: (phases[current + 1], missing))
    }

    /// done / current / todo, for the track's styles.
    func state(_ i: Int) -> String { i < current ? "done" : (i == current ? "current" : "todo") }
}
