import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// A sequence of phases whose facts can be read for a network from what is recorded of its work.
package protocol RecordedPhases: PhaseSequence {
    static func facts(_ network: NetworkModel, today: CalendarDate, on db: any Database) async throws -> Facts
}

extension NetworkPhase: RecordedPhases {
    package static func facts(_ network: NetworkModel, today: CalendarDate, on db: any Database) async throws -> NetworkFacts {
        try await NetworkStatus.load(network, today: today, on: db).facts
    }
}

extension VerticalPhase: RecordedPhases {
    package static func facts(_ network: NetworkModel, today: CalendarDate, on db: any Database) async throws -> VerticalFacts {
        try await VerticalStatus.facts(network, today: today, on: db)
    }
}

extension NetworkModel {
    /// The phases of the network's kind: the one place the two kinds part.
    package var phases: any RecordedPhases.Type {
        switch networkKind {
        case .horizontal: NetworkPhase.self
        case .vertical: VerticalPhase.self
        }
    }
}

package enum NetworkPhases {
    /// The network's move to a phase (nil: its dissolution) and what stands in its way, on today's records.
    package static func move(_ network: NetworkModel, to raw: String?, today: CalendarDate, on db: any Database) async throws -> PhaseDecisionRules.Move {
        func open<P: RecordedPhases>(_: P.Type) async throws -> PhaseDecisionRules.Move {
            PhaseDecisionRules.move(from: current(P.self, network), to: raw, try await P.facts(network, today: today, on: db))
        }
        return try await open(network.phases)
    }

    /// The phase the network is in; a stored value of another kind reads as the first phase.
    package static func current<P: PhaseSequence>(_: P.Type, _ network: NetworkModel) -> P {
        P(rawValue: network.phase) ?? P.allCases.first!
    }
}
