import ClusterworksDomain
import Foundation

/// Where "today" comes from: the system's calendar in service, a fixed day in a test or a demo
/// told as of a date. Workflows take the day it gives; none reads the system clock itself.
package struct Clock: Sendable {
    package let now: @Sendable () -> Date

    package init(now: @escaping @Sendable () -> Date) { self.now = now }

    package var today: CalendarDate { CalendarDate(now()) }

    package static let system = Clock { Date() }

    /// Noon of the day, so every time zone reads the same day.
    package static func fixed(_ day: CalendarDate) -> Clock {
        let date = Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: day.year, month: day.month, day: day.day, hour: 12))!
        return Clock { date }
    }
}
