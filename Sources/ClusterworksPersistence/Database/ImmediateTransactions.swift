import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// SQLite's transactions start deferred: a transaction that reads and then writes holds a snapshot it
/// cannot upgrade once another connection has written, and fails with SQLITE_BUSY at once (the busy
/// wait never applies). Every transaction here takes the write lock first (`BEGIN IMMEDIATE`), so two
/// people saving at once are served one after the other. Within the server, transactions also wait
/// their turn as suspended tasks (`WriteTurns`): SQLite's own busy wait blocks a thread of the small
/// pool that the lock's holder needs to finish, which stalls everyone under load.
public struct ImmediateTransactionConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    public var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    public func makeDriver(for databases: Databases) -> any DatabaseDriver {
        ImmediateTransactionDriver(base: base.makeDriver(for: databases))
    }
}

extension DatabaseConfigurationFactory {
    /// The SQLite database of `base` with write-first transactions.
    public static func immediateTransactions(_ base: DatabaseConfigurationFactory) -> Self {
        .init { ImmediateTransactionConfiguration(base: base.make()) }
    }
}

struct ImmediateTransactionDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let turns = WriteTurns()
    func makeDatabase(with context: DatabaseContext) -> any Database { ImmediateTransactionDatabase(base: base.makeDatabase(with: context), turns: turns) }
    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}

/// Forwards everything to the SQLite database, but starts transactions with the write lock.
struct ImmediateTransactionDatabase: Database, SQLDatabase {
    let base: any Database
    let turns: WriteTurns
    private var sql: any SQLDatabase { base as! any SQLDatabase }

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        base.execute(query: query, onOutput: onOutput)
    }
    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }
    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        base.withConnection(closure)
    }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        if base.inTransaction { return base.transaction(closure) }
        let (base, turns) = (self.base, self.turns)
        // The driver opens with a deferred BEGIN on one connection and joins nested transactions to it;
        // on that connection the empty deferred transaction is ended and an immediate one begun.
        return eventLoop.makeFutureWithTask { await turns.acquire() }.flatMap {
            base.transaction { tx in
                tx.eventLoop.makeFutureWithTask { try await WriteLock.take(tx as! any SQLDatabase) }.flatMap { closure(tx) }
            }
        }.always { _ in Task { await turns.release() } }
    }

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }
    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }
}

/// One transaction at a time in this process, first come first served; waiting suspends the task.
actor WriteTurns {
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard taken else { taken = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
    }
}

/// Taking SQLite's write lock: each try waits the connection's busy timeout; a few tries with a short
/// pause between them, then the request is answered "busy, try again" rather than failing obscurely.
enum WriteLock {
    static let attempts = 3

    static func take(_ db: any SQLDatabase) async throws {
        try await db.raw("COMMIT").run()
        for attempt in 1...attempts {
            do {
                try await db.raw("BEGIN IMMEDIATE").run()
                return
            } catch let error as SQLiteError where error.isBusy {
                if attempt == attempts { throw DatabaseBusy() }
                try await Task.sleep(nanoseconds: UInt64.random(in: 10_000_000...50_000_000))
            }
        }
    }
}

/// The database could not take a write in time (SQLite's lock stayed held, or PostgreSQL aborted a
/// transaction to break a deadlock): nothing was written and the request may simply be sent again.
public struct DatabaseBusy: Error {
    public init() {}
}

extension SQLiteError {
    public var isBusy: Bool {
        switch reason {
        case .busy, .busyInRecovery, .busyInSnapshot, .busyTimeout, .locked: true
        default: false
        }
    }
}
