import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Where a network stands on the phases of its kind: the phases, the current one, and — unless it
/// was dissolved — what the next one still needs. The phase page, the dashboards and the API read it.
package struct PhaseTrack {
    package typealias Phase = (value: String, label: Phrase, conditions: [Phrase])
    package let phases: [Phase]
    package let current: Int
    /// The next phase and its conditions not yet met; nil after the last phase or a dissolution.
    package let next: (phase: Phase, missing: [Phrase])?

    /// The phases of the network's kind: value, label and the conditions to enter each.
    package static func phases(_ network: NetworkModel) -> [Phase] {
        func list<P: PhaseSequence>(_: P.Type) -> [Phase] { P.allCases.map { ($0.rawValue, $0.label, P.conditions($0)) } }
        return list(network.phases)
    }

    /// - Parameter withNext: whether to check the next phase's conditions (a few queries).
    package static func load(_ network: NetworkModel, withNext: Bool = true, today: CalendarDate, on db: any Database) async throws -> PhaseTrack {
        let phases = phases(network)
        let current = phases.firstIndex { $0.value == network.phase } ?? 0
        guard withNext, network.dissolvedOn == nil, current + 1 < phases.count else { return PhaseTrack(phases: phases, current: current, next: nil) }
        let missing = try await NetworkPhases.move(network, to: phases[current + 1].value, today: today, on: db).missing
        return PhaseTrack(phases: phases, current: current, next: (phases[current + 1], missing))
    }

    /// done / current / todo, for the track's styles.
    package func state(_ i: Int) -> String { i < current ? "done" : (i == current ? "current" : "todo") }
}
