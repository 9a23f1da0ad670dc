/// Who carries the cost of a cluster's (or a project's) actions: pledged and paid amounts and
/// shares by kind of funder, and how much of what was pledged has been honoured.
public struct CostSharing: Sendable, Equatable {
    public struct Contribution: Sendable {
        public let kind: FunderKind
        public let pledged: Double
        public let paid: Double
        public init(kind: FunderKind, pledged: Double, paid: Double) { self.kind = kind; self.pledged = pledged; self.paid = paid }
    }

    public struct Line: Sendable, Equatable {
        public let kind: FunderKind
        public let pledged: Double
        public let paid: Double
        /// Share of all pledges, 0…1.
        public let pledgedShare: Double
        /// Share of all payments, 0…1.
        public let paidShare: Double
    }

    public let lines: [Line]
    public let pledged: Double
    public let paid: Double

    public init(_ contributions: [Contribution]) {
        pledged = contributions.reduce(0) { $0 + $1.pledged }
        paid = contributions.reduce(0) { $0 + $1.paid }
        let (pledgedTotal, paidTotal) = (pledged, paid)
        lines = FunderKind.allCases.compactMap { kind in
            let items = contributions.filter { $0.kind == kind }
            guard !items.isEmpty else { return nil }
            let p = items.reduce(0) { $0 + $1.pledged }, q = items.reduce(0) { $0 + $1.paid }
            return Line(kind: kind, pledged: p, paid: q,
                        pledgedShare: pledgedTotal > 0 ? p / pledgedTotal : 0, paidShare: paidTotal > 0 ? q / paidTotal : 0)
        }
    }

    /// Paid over pledged, 0…1; nil when nothing was pledged.
    public var honoured: Double? { pledged > 0 ? paid / pledged : nil }

    public func line(_ kind: FunderKind) -> Line? { lines.first { $0.kind == kind } }
}
