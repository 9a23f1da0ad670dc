/// A project's budget over its whole span, split into calendar-year periods for IATI (whose rules
/// want no budget period longer than a year), each year's share in proportion to its days.
public struct AnnualBudget: Sendable, Equatable {
    public struct Year: Sendable, Equatable {
        public let start: CalendarDate
        public let end: CalendarDate
        public let amount: Double
        public init(start: CalendarDate, end: CalendarDate, amount: Double) { self.start = start; self.end = end; self.amount = amount }
    }

    public let years: [Year]

    /// Amounts are rounded to cents; the last year takes what rounding leaves so they add up to the total.
    public init(total: Double, from start: CalendarDate, to end: CalendarDate) {
        guard start <= end else { years = []; return }
        let slices = (start.year...end.year).map { y in
            (max(start, CalendarDate(year: y, month: 1, day: 1)!), min(end, CalendarDate(year: y, month: 12, day: 31)!))
        }
        let days = Double(end.dayNumber - start.dayNumber + 1)
        var left = total
        years = slices.enumerated().map { i, slice in
            let share = i == slices.count - 1 ? left
                : (total * Double(slice.1.dayNumber - slice.0.dayNumber + 1) / days * 100).rounded() / 100
            left -= share
            return Year(start: slice.0, end: slice.1, amount: (share * 100).rounded() / 100)
        }
    }
}
