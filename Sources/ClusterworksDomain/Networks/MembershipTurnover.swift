/// Size over time and turnover: who joined and who left in each year of a network's life.
public struct MembershipTurnover: Sendable, Equatable {
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let joined: Int
        public let left: Int
        /// Members at the end of the year.
        public let size: Int
        /// Leavers over the average of the sizes at the start and the end of the year, 0…1.
        public let turnover: Double?
    }

    public let years: [Year]

    public init(_ periods: [MembershipPeriod], until: CalendarDate) {
        // A joining date after `until` (a clock behind the one that recorded it) shows no years rather than trapping.
        guard let first = periods.map(\.joinedOn).min(), first.year <= until.year else { years = []; return }
        years = (first.year...until.year).map { y in
            let joined = periods.filter { $0.joinedOn.year == y }.count
            let left = periods.filter { $0.leftOn?.year == y }.count
            let start = MembershipRules.size(on: CalendarDate(year: y - 1, month: 12, day: 31)!, of: periods)
            let end = MembershipRules.size(on: y == until.year ? until : CalendarDate(year: y, month: 12, day: 31)!, of: periods)
            let average = Double(start + end) / 2
            return Year(year: y, joined: joined, left: left, size: end, turnover: average > 0 ? Double(left) / average : nil)
        }
    }
}
