import Foundation

/// Slows password guessing: an account is locked after repeated failures in a short window, and an
/// address that fails very often is turned away whichever accounts it tries.
public struct SignInThrottle: Sendable {
    public var accountFailures = 5
    public var addressFailures = 20
    public var window: TimeInterval = 15 * 60
    public var lockout: TimeInterval = 15 * 60

    public init() {}

    /// Until when an account is locked, given the times of its recent failed sign-ins.
    public func accountLockedUntil(failures: [Date], now: Date) -> Date? {
        lockedUntil(failures: failures, threshold: accountFailures, now: now)
    }

    /// Until when an address is refused, given the times of its recent failed sign-ins.
    public func addressBlockedUntil(failures: [Date], now: Date) -> Date? {
        lockedUntil(failures: failures, threshold: addressFailures, now: now)
    }

    /// The oldest failure that can still matter; older ones may be forgotten.
    public func horizon(now: Date) -> Date { now.addingTimeInterval(-(window + lockout)) }

    private func lockedUntil(failures: [Date], threshold: Int, now: Date) -> Date? {
        let sorted = failures.sorted()
        guard sorted.count >= threshold else { return nil }
        var until: Date?
        for i in (threshold - 1)..<sorted.count where sorted[i].timeIntervalSince(sorted[i - threshold + 1]) <= window {
            let end = sorted[i].addingTimeInterval(lockout)
            if end > now, until.map({ end > $0 }) ?? true { until = end }
        }
        return until
    }
}
