import AsyncKit
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOCore
import NIOPosix

/// A database failure that is not the request's fault and will pass: the write lock was not free in
/// time or a deadlock was broken (`busy`), or the server cannot be reached (`unavailable`). Either is
/// answered 503 with Retry-After; nothing was written.
public enum DatabaseTrouble: Sendable {
    case busy
    case unavailable

    public init?(_ error: any Error) {
        switch error {
        case is DatabaseBusy: self = .busy
        case let e as SQLiteError where e.isBusy: self = .busy
        case let e as PSQLError: guard let t = Self.postgres(e) else { return nil }; self = t
        case is ConnectionPoolTimeoutError, is NIOConnectionError, is ChannelError: self = .unavailable
        case let e as IOError where [ECONNREFUSED, ECONNRESET, EPIPE, ETIMEDOUT].contains(e.errnoCode): self = .unavailable
        default: return nil
        }
    }

    /// Serialisation failures and deadlocks are worth retrying; class 08 (connection) and 57P (the
    /// server shutting down or starting) mean the server is away.
    static func postgres(_ e: PSQLError) -> Self? {
        switch e.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed: return .unavailable
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            if state == "40001" || state == "40P01" { return .busy }
            if state.hasPrefix("08") || state.hasPrefix("57P") { return .unavailable }
            return nil
        default: return nil
        }
    }

    /// Seconds a client should wait before sending the request again.
    public var retryAfter: Int {
        switch self {
        case .busy: 1
        case .unavailable: 5
        }
    }
}
