import ClusterworksDomain
import Foundation

/// Numbers, money, shares and dates, each written one way, through Foundation's format styles in
/// the reader's locale. CSV and XLSX do not use these: files keep machine-readable numbers.
extension Wording {
    func integer(_ n: Int) -> String { n.formatted(.number.locale(locale)) }

    /// Up to `digits` decimals, none shown when the number is whole.
    func number(_ d: Double, digits: Int = 2) -> String {
        guard d.isFinite else { return "—" }
        return d.formatted(.number.locale(locale).precision(.fractionLength(0...digits)))
    }

    /// Money without cents (a table names its currency in its heading).
    func money(_ amount: Double) -> String { number(amount.rounded(), digits: 0) }

    /// A share (0.42) as a percentage.
    func percent(_ share: Double, digits: Int = 0) -> String {
        guard share.isFinite else { return "—" }
        return share.formatted(.percent.locale(locale).precision(.fractionLength(0...digits)))
    }

    /// A change as a percentage with its sign: +12 %, -3 %.
    func change(_ share: Double) -> String {
        guard share.isFinite else { return "—" }
        return (share > 0 ? "+" : "") + percent(share)
    }

    /// An ISO date (`1999-03-01`) as the locale writes it (1 Mar 1999, 1 mar 1999); a text that is not a date as it is.
    func date(_ iso: String) -> String {
        guard let d = CalendarDate(iso), let day = Self.utc.date(from: DateComponents(year: d.year, month: d.month, day: d.day)) else { return iso }
        return day.formatted(Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale, calendar: Self.utc, timeZone: Self.utc.timeZone))
    }

    /// An instant as the locale writes a date and time, in UTC (the zone the programme's records keep).
    func instant(_ at: Date) -> String {
        at.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened, locale: locale, calendar: Self.utc, timeZone: Self.utc.timeZone)) + " UTC"
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
