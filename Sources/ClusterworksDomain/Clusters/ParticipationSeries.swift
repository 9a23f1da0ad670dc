import Foundation

/// Participation over time, quarter by quarter: the first visible sign of trust (Bagru: parents
/// who had refused began to attend).
public struct ParticipationSeries: Sendable, Equatable {
    public struct Event: Sendable {
        public let heldOn: CalendarDate
        public let actors: [UUID]
        public let participants: Int
        public init(heldOn: CalendarDate, actors: [UUID], participants: Int) {
            self.heldOn = heldOn; self.actors = actors; self.participants = participants
        }
    }

    public struct Quarter: Sendable, Equatable {
        public let label: String
        public let events: Int
        /// Distinct organisations taking part in the quarter.
        public let actors: Int
        /// Organisations taking part for the first time.
        public let newActors: Int
        public let participants: Int
    }

    public let quarters: [Quarter]

    /// Every quarter from the first event to the last, empty ones included, so gaps show.
    public init(_ events: [Event]) {
        let sorted = events.sorted { $0.heldOn < $1.heldOn }
        guard let first = sorted.first, let last = sorted.last else { quarters = []; return }
        let byQuarter = Dictionary(grouping: sorted) { Self.index($0.heldOn) }
        var seen = Set<UUID>()
        var out: [Quarter] = []
        for i in Self.index(first.heldOn)...Self.index(last.heldOn) {
            let items = byQuarter[i] ?? []
            let actors = Set(items.flatMap(\.actors))
            let fresh = actors.subtracting(seen)
            seen.formUnion(actors)
            out.append(Quarter(label: "\(i / 4)-Q\(i % 4 + 1)", events: items.count, actors: actors.count,
                               newActors: fresh.count, participants: items.reduce(0) { $0 + $1.participants }))
        }
        quarters = out
    }

    static func index(_ d: CalendarDate) -> Int { d.year * 4 + (d.month - 1) / 3 }

    public var totalEvents: Int { quarters.reduce(0) { $0 + $1.events } }
    public var distinctActors: Int { quarters.reduce(0) { $0 + $1.newActors } }
}
