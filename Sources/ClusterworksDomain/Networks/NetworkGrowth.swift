/// A network's membership from its formation to a date — the members it started with, those who
/// joined since, those who left, and those it has — as impact at the network level reports it.
public struct NetworkGrowth: Sendable, Equatable {
    /// nil when the network's formation date is not known.
    public let atFormation: Int?
    public let now: Int
    /// Members who joined after formation (all of them when formation is not known).
    public let joined: Int
    public let left: Int

    public init(_ periods: [MembershipPeriod], formedOn: CalendarDate?, on day: CalendarDate) {
        let known = periods.filter { $0.joinedOn <= day }
        // A member who leaves on a day is no longer counted on it.
        func members(on d: CalendarDate) -> Int { known.filter { $0.joinedOn <= d && ($0.leftOn.map { $0 > d } ?? true) }.count }
        atFormation = formedOn.map(members(on:))
        now = members(on: day)
        joined = formedOn.map { f in known.filter { $0.joinedOn > f }.count } ?? known.count
        left = known.filter { $0.leftOn.map { $0 <= day } ?? false }.count
    }
}
