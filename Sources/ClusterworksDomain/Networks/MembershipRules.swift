import Foundation

/// A membership as the rules about a network's composition see it.
public struct MembershipPeriod: Sendable, Equatable {
    public let id: UUID?
    public let actorId: UUID
    public let joinedOn: CalendarDate
    public let leftOn: CalendarDate?

    public init(id: UUID?, actorId: UUID, joinedOn: CalendarDate, leftOn: CalendarDate?) {
        self.id = id
        self.actorId = actorId
        self.joinedOn = joinedOn
        self.leftOn = leftOn
    }

    /// Periods share at least one day; an open period runs on forever.
    public func overlaps(_ other: MembershipPeriod) -> Bool {
        let endsAfterOtherStarts = leftOn.map { $0 >= other.joinedOn } ?? true
        let otherEndsAfterThisStarts = other.leftOn.map { $0 >= joinedOn } ?? true
        return endsAfterOtherStarts && otherEndsAfterThisStarts
    }
}

public enum MembershipRules {
    /// Checks a new or changed membership against the network's others: an actor is a member at
    /// most once at a time (re-admission after leaving is a new, later period), and a horizontal
    /// network admits no large enterprise. Nobody joins a network before it was formed.
    public static func check(_ candidate: MembershipPeriod, among others: [MembershipPeriod],
                             networkKind: NetworkKind, formedOn: CalendarDate? = nil, actorKind: ActorKind,
                             actorSize: SizeClass?, role: MembershipRole) -> ValidationErrors {
        var errors = ValidationErrors()
        if let formedOn, candidate.joinedOn < formedOn {
            errors.add("joinedOn", L("is before the network was formed (\(formedOn))"))
        }
        let clash = others.contains { $0.id != candidate.id && $0.actorId == candidate.actorId && $0.overlaps(candidate) }
        if clash { errors.add("joinedOn", L("overlaps another membership of the same actor in this network")) }
        if networkKind == .horizontal {
            if actorKind == .enterprise, actorSize == .large {
                errors.add("actorId", L("is a large enterprise; a horizontal network is a group of SMEs"))
            }
            if actorKind == .institution && role != .serviceProvider {
                errors.add("role", L("an institution takes part in a horizontal network only as a service provider"))
            }
            if role == .client || role == .supplier { errors.add("role", L("client and supplier roles belong to vertical networks")) }
        }
        return errors
    }

    /// Members on a given day.
    public static func size(on day: CalendarDate, of periods: [MembershipPeriod]) -> Int {
        periods.filter { $0.joinedOn <= day && ($0.leftOn.map { $0 >= day } ?? true) }.count
    }
}
