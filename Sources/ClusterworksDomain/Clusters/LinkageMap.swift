import Foundation

/// The ties of a cluster as they stood on a day: for each pair of actors and kind of tie, the
/// latest record on or before that day.
public struct LinkageMap: Sendable, Equatable {
    public struct Tie: Sendable, Equatable {
        public let id: UUID
        public let from: UUID
        public let to: UUID
        public let type: TieType
        public let status: TieStatus
        public let recordedOn: CalendarDate
        public init(id: UUID, from: UUID, to: UUID, type: TieType, status: TieStatus, recordedOn: CalendarDate) {
            self.id = id; self.from = from; self.to = to; self.type = type; self.status = status; self.recordedOn = recordedOn
        }

        /// The same tie however it was entered: cooperation between A and B is one tie.
        var key: String {
            let ends = type.isSymmetric ? [from, to].map(\.uuidString).sorted() : [from.uuidString, to.uuidString]
            return ends.joined(separator: ">") + "|" + type.rawValue
        }
    }

    public struct Change: Sendable, Equatable {
        public let tie: Tie
        public let before: TieStatus?
    }

    public let on: CalendarDate?
    public let ties: [Tie]

    public init(_ records: [Tie], on date: CalendarDate?) {
        self.on = date
        var latest: [String: Tie] = [:]
        var order: [String] = []
        for r in records.sorted(by: { ($0.recordedOn, $0.id.uuidString) < ($1.recordedOn, $1.id.uuidString) }) where date == nil || r.recordedOn <= date! {
            if latest[r.key] == nil { order.append(r.key) }
            latest[r.key] = r
        }
        ties = order.map { latest[$0]! }
    }

    /// Every organisation on the map, in the order the ties first name them.
    public var actors: [UUID] {
        var seen = Set<UUID>(), out: [UUID] = []
        for t in ties { for a in [t.from, t.to] where seen.insert(a).inserted { out.append(a) } }
        return out
    }

    /// The ties that hold the cluster together today: existing ones and those to strengthen. A
    /// missing tie is what the cluster lacks, a conflict what divides it; neither carries anything.
    public var workingTies: [Tie] { ties.filter { $0.status != .missing && $0.type != .inConflictWith } }

    /// Cooperative ties (all but conflicts) of a status.
    public func count(_ status: TieStatus) -> Int { ties.filter { $0.status == status && $0.type != .inConflictWith }.count }

    /// Conflicts recorded as present (existing or to address); a conflict marked missing is over.
    public var conflicts: Int { ties.filter { $0.type == .inConflictWith && $0.status != .missing }.count }

    /// Ties whose status differs from what `earlier` showed (new ties have no earlier status).
    public func changes(since earlier: LinkageMap) -> [Change] {
        let before = Dictionary(earlier.ties.map { ($0.key, $0.status) }, uniquingKeysWith: { _, b in b })
        return ties.compactMap { t in before[t.key] == t.status ? nil : Change(tie: t, before: before[t.key]) }
    }

    /// The dates on which ties were recorded, oldest first: the maps one can compare.
    public static func recordingDates(_ records: [Tie]) -> [CalendarDate] {
        Array(Set(records.map(\.recordedOn))).sorted()
    }
}
