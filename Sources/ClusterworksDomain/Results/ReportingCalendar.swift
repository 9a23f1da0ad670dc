/// How a programme cuts time for reporting: the periods follow the civil calendar.
public enum ReportingCalendar: String, Choice {
    case quarters
    case halfYears = "half_years"
    case years

    public var label: Phrase {
        switch self {
        case .quarters: L("Quarters")
        case .halfYears: L("Half-years")
        case .years: L("Years")
        }
    }

    var months: Int {
        switch self {
        case .quarters: 3
        case .halfYears: 6
        case .years: 12
        }
    }

    /// The periods covering every day from `from` to `to`, aligned on the calendar (a half-year
    /// starts in January or July), labelled "2000 H1", "2000 Q3" or "2000".
    public func periods(from: CalendarDate, to: CalendarDate) -> [ReportingPeriod] {
        guard from <= to else { return [] }
        var out: [ReportingPeriod] = []
        var year = from.year, startMonth = (from.month - 1) / months * months + 1
        while let start = CalendarDate(year: year, month: startMonth, day: 1), start <= to {
            let endMonth = startMonth + months - 1
            let end = CalendarDate(year: year, month: endMonth, day: CalendarDate.days(inMonth: endMonth, of: year))!
            out.append(ReportingPeriod(label: label(year: year, startMonth: startMonth), start: start, end: end))
            startMonth += months
            if startMonth > 12 { startMonth = 1; year += 1 }
        }
        return out
    }

    private func label(year: Int, startMonth: Int) -> String {
        switch self {
        case .quarters: "\(year) Q\((startMonth - 1) / 3 + 1)"
        case .halfYears: "\(year) H\((startMonth - 1) / 6 + 1)"
        case .years: "\(year)"
        }
    }
}

extension CalendarDate {
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
