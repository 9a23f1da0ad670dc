import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Computes queued network analyses in the background of each app server, one at a time, never
/// inside a request. It looks for work every few seconds (analyses queued on other servers), and at
/// once when a request on this server queues one.
final class NetworkAnalysisWorker: LifecycleHandler, Sendable {
    static let pollInterval: Duration = .seconds(3)
    static let wakeCheck: Duration = .milliseconds(200)
    let id = UUID()
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    private let woken = NIOLockedValueBox(false)
    /// A thread of its own for the computing: on the shared threads (the executor's or the database's
    /// pool, as many as there are cores) seconds of it would hold back requests.
    let pool = NIOThreadPool(numberOfThreads: 1)

    /// Started from the synchronous hook, which both the server's and the tests' boot call.
    func didBoot(_ app: Application) throws {
        pool.start()
        let started = Task { [id, woken, pool] in
            while !Task.isCancelled {
                while !Task.isCancelled, await Self.runLogged(app, worker: id, pool: pool) {}
                // Wait for the poll interval, or less when a request on this server queued an analysis.
                var waited: Duration = .zero
                while !Task.isCancelled, waited < Self.pollInterval, !woken.withLockedValue({ let w = $0; $0 = false; return w }) {
                    try? await Task.sleep(for: Self.wakeCheck)
                    waited += Self.wakeCheck
                }
            }
        }
        task.withLockedValue { $0 = started }
    }

    func shutdown(_ app: Application) {
        task.withLockedValue { $0 }?.cancel()
        pool.shutdownGracefully { _ in }
    }

    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { $0 }
        running?.cancel()
        await running?.value
        try? await pool.shutdownGracefully()
    }

    func wake() { woken.withLockedValue { $0 = true } }

    /// One analysis if there is one; a database away (or not yet migrated) is logged and waited out.
    static func runLogged(_ app: Application, worker: UUID, pool: NIOThreadPool) async -> Bool {
        do { return try await runOne(app, worker: worker, pool: pool) } catch {
            app.logger.warning("Network analysis worker: \(String(reflecting: error))")
            return false
        }
    }

    /// Claims and computes one analysis; false when there was none.
    static func runOne(_ app: Application, worker: UUID, pool: NIOThreadPool) async throws -> Bool {
        let db = app.db
        guard let analysis = try await NetworkAnalysisQueue.claim(by: worker, on: db) else { return false }
        do {
            guard let cluster = try await ClusterModel.find(analysis.clusterId, on: db) else {
                try await NetworkAnalysisQueue.fail(analysis, "the cluster no longer exists", on: db)
                return true
            }
            let grouping = NetworkAnalysisPages.Grouping(rawValue: analysis.grouping) ?? .stage
            let outputs = try await NetworkAnalysisOutputs.compute(cluster, grouping: grouping, on: db, pool: pool) { step in
                guard try await NetworkAnalysisQueue.progress(analysis, step: step, on: db) else { throw CancellationError() }
            }
            try await NetworkAnalysisQueue.finish(analysis, page: outputs.pages[.en] ?? "", translatedPages: AnalysisPages.encode(outputs.pages),
                                                  csv: outputs.csv, json: outputs.json, on: db)
        } catch is CancellationError {
            // The map changed while this ran: the analysis was queued again and will be computed anew.
        } catch {
            app.logger.error("Network analysis of cluster \(analysis.clusterId) failed: \(String(reflecting: error))")
            try? await NetworkAnalysisQueue.fail(analysis, "\(error)", on: db)
        }
        return true
    }
}

extension Application {
    private struct NetworkAnalysisWorkerKey: StorageKey { typealias Value = NetworkAnalysisWorker }

    /// This server's worker, once the app has booted with one.
    var networkAnalysisWorker: NetworkAnalysisWorker? {
        get { storage[NetworkAnalysisWorkerKey.self] }
        set { storage[NetworkAnalysisWorkerKey.self] = newValue }
    }
}
