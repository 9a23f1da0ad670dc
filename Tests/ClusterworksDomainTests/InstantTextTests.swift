import ClusterworksDomain
import Foundation
import Testing

@Suite("Instants and days as text")
struct InstantTextTests {
    @Test("an instant is written as ISO8601DateFormatter writes it, before and after 1970, at day and leap-year edges")
    func sameAsFoundation() {
        let formatter = ISO8601DateFormatter()
        var generator = SystemRandomNumberGenerator()
        var seconds: [Double] = [0, -1, -0.5, 86_399.999, 86_400, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800, 1_798_761_599.75]
        for _ in 0..<2_000 { seconds.append(Double(Int.random(in: -2_300_000_000...4_200_000_000, using: &generator)) + Double.random(in: 0..<1, using: &generator)) }
        for s in seconds {
            let date = Date(timeIntervalSince1970: s)
            #expect(InstantText.iso8601(date) == formatter.string(from: date), "at \(s)")
        }
    }

    @Test("a day is written with four-digit year and two-digit month and day")
    func calendarDateText() {
        #expect(CalendarDate(year: 1905, month: 3, day: 7)!.description == "1905-03-07")
        #expect(CalendarDate(year: 2026, month: 12, day: 31)!.description == "2026-12-31")
    }
}
