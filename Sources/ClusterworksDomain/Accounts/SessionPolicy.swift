import Foundation

/// How long a signed-in session lasts. Field staff work through a day on one session, but a
/// laptop left open overnight or a stolen cookie must not keep working.
public struct SessionPolicy: Sendable {
    public var idleTimeout: TimeInterval
    public var absoluteTimeout: TimeInterval
    /// Last-seen times are written at most this often, so reading pages does not write on every request.
    public var touchInterval: TimeInterval

    public init(idleTimeout: TimeInterval = 2 * 3600, absoluteTimeout: TimeInterval = 12 * 3600,
                touchInterval: TimeInterval = 60) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.touchInterval = touchInterval
    }

    public func isValid(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) < idleTimeout && now.timeIntervalSince(createdAt) < absoluteTimeout
    }

    public func needsTouch(lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= touchInterval
    }
}
