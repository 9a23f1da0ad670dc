import Foundation

/// An instant written as ISO 8601 in UTC to the second (`2026-12-01T23:54:45Z`), as
/// `ISO8601DateFormatter` writes it by default, without building a formatter (ICU's) per value.
public enum InstantText {
    public static func iso8601(_ date: Date) -> String {
        // To the nearest millisecond first, as ICU takes an instant, then down to the second.
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = Int((milliseconds / 1000).rounded(.down))
        let (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let day = second < 0 ? days - 1 : days
        let s = second < 0 ? second + 86_400 : second
        let civil = civilDate(daysSinceEpoch: day)
        var out = ""
        out.reserveCapacity(20)
        out += CalendarDate.zeroPadded(civil.year, 4) + "-" + CalendarDate.zeroPadded(civil.month, 2) + "-" + CalendarDate.zeroPadded(civil.day, 2)
        out += "T" + CalendarDate.zeroPadded(s / 3600, 2) + ":" + CalendarDate.zeroPadded(s / 60 % 60, 2) + ":" + CalendarDate.zeroPadded(s % 60, 2) + "Z"
        return out
    }

    /// Year, month and day of a count of days since 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civilDate(daysSinceEpoch z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
