import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation
import SQLKit

/// The queue of network analyses: a view asks for the analysis of what the map holds now, which is
/// the kept one when nothing it reads has changed, and otherwise a new one queued for a worker.
/// Workers on any app server claim queued analyses through the database, so none is computed
/// twice and none is lost when a server stops (a claim older than `staleAfter` is taken again).
package enum NetworkAnalysisQueue {
    package static let staleAfter: TimeInterval = 15 * 60

    /// The analysis for what the cluster's map holds now, queued if it must be computed.
    package static func request(clusterId: UUID, grouping: String, on db: any Database, now: Date = Date()) async throws -> NetworkAnalysisModel {
        let print = try await fingerprint(clusterId: clusterId, on: db)
        let existing = try await NetworkAnalysisModel.query(on: db).filter(\.$clusterId == clusterId).filter(\.$grouping == grouping).first()
        if let existing, existing.fingerprint == print { return existing }
        let analysis = existing ?? NetworkAnalysisModel(clusterId: clusterId, grouping: grouping, fingerprint: print, now: now)
        analysis.fingerprint = print
        analysis.status = NetworkAnalysisModel.Status.queued.rawValue
        analysis.requestedAt = now
        analysis.step = nil; analysis.claim = nil; analysis.startedAt = nil; analysis.finishedAt = nil; analysis.failure = nil
        do {
            try await analysis.save(on: db)
        } catch where existing == nil {
            // Another request queued it at the same moment (the pair is unique): that one stands.
            if let other = try await NetworkAnalysisModel.query(on: db).filter(\.$clusterId == clusterId).filter(\.$grouping == grouping).first() { return other }
            throw error
        }
        return analysis
    }

    /// Takes the oldest queued analysis (or one whose worker went silent) for this worker, if any.
    package static func claim(by worker: UUID, on db: any Database, now: Date = Date()) async throws -> NetworkAnalysisModel? {
        let queued = NetworkAnalysisModel.Status.queued.rawValue, running = NetworkAnalysisModel.Status.running.rawValue
        let candidates = try await NetworkAnalysisModel.query(on: db).group(.or) { g in
            g.filter(\.$status == queued)
            g.group(.and) { $0.filter(\.$status == running).filter(\.$startedAt < now.addingTimeInterval(-staleAfter)) }
        }.sort(\.$requestedAt).limit(5).all()
        for candidate in candidates {
            // The claim holds only if the row is still as it was read: one worker wins it.
            try await NetworkAnalysisModel.query(on: db).filter(\.$id == candidate.requireID()).filter(\.$status == candidate.status)
                .filter(\.$fingerprint == candidate.fingerprint).filter(\.$claim == candidate.claim)
                .set(\.$status, to: running).set(\.$claim, to: worker).set(\.$startedAt, to: now).set(\.$step, to: "reading the ties").update()
            if let won = try await NetworkAnalysisModel.query(on: db).filter(\.$id == candidate.requireID()).filter(\.$claim == worker)
                .filter(\.$status == running).first() {
                return won
            }
        }
        return nil
    }

    /// Records how far a claimed analysis has come; false when the claim was lost (the map changed
    /// meanwhile and the analysis was queued again), so the worker can stop.
    package static func progress(_ analysis: NetworkAnalysisModel, step: String, on db: any Database) async throws -> Bool {
        try await NetworkAnalysisModel.query(on: db).filter(\.$id == analysis.requireID()).filter(\.$claim == analysis.claim)
            .filter(\.$status == NetworkAnalysisModel.Status.running.rawValue).set(\.$step, to: step).update()
        return try await NetworkAnalysisModel.query(on: db).filter(\.$id == analysis.requireID()).filter(\.$claim == analysis.claim)
            .filter(\.$status == NetworkAnalysisModel.Status.running.rawValue).count() == 1
    }

    /// Stores the outputs, unless the analysis was queued again meanwhile.
    package static func finish(_ analysis: NetworkAnalysisModel, page: String, translatedPages: String, csv: String, json: String,
                               on db: any Database, now: Date = Date()) async throws {
        try await NetworkAnalysisModel.query(on: db).filter(\.$id == analysis.requireID()).filter(\.$claim == analysis.claim)
            .filter(\.$status == NetworkAnalysisModel.Status.running.rawValue)
            .set(\.$status, to: NetworkAnalysisModel.Status.ready.rawValue).set(\.$finishedAt, to: now).set(\.$step, to: nil)
            .set(\.$pageHTML, to: page).set(\.$translatedPages, to: translatedPages).set(\.$csv, to: csv).set(\.$apiJSON, to: json).update()
    }

    package static func fail(_ analysis: NetworkAnalysisModel, _ message: String, on db: any Database, now: Date = Date()) async throws {
        try await NetworkAnalysisModel.query(on: db).filter(\.$id == analysis.requireID()).filter(\.$claim == analysis.claim)
            .set(\.$status, to: NetworkAnalysisModel.Status.failed.rawValue).set(\.$finishedAt, to: now).set(\.$failure, to: message).update()
    }

    /// The state of everything the analysis reads, in a few aggregate queries: the cluster's ties,
    /// events, diagnostics and value chain stages (count and last change), the organisations listed
    /// on its events and stages, and the actors' registry (names and kinds are drawn).
    package static func fingerprint(clusterId: UUID, on db: any Database) async throws -> String {
        guard let sql = db as? any SQLDatabase else { return UUID().uuidString }
        var parts: [String] = []
        for table in [LinkageModel.schema, EventModel.schema, DiagnosticModel.schema, ChainStageModel.schema] {
            parts.append(try await aggregate(sql, "SELECT COUNT(*) AS n, MAX(updated_at) AS m FROM \(table) WHERE cluster_id = ", clusterId))
        }
        for (join, owner) in [(EventActors.table, EventModel.schema), (ChainStageActors.table, ChainStageModel.schema)] {
            let rows = try await sql.raw("SELECT j.item_id AS item FROM \(unsafeRaw: join) j JOIN \(unsafeRaw: owner) o ON o.id = j.owner_id WHERE o.cluster_id = \(bind: clusterId) ORDER BY j.owner_id, j.position").all()
            var hash = StableHash()
            for row in rows { hash.add(try row.decode(column: "item", as: UUID.self)) }
            parts.append("\(rows.count):\(hash.value)")
        }
        parts.append(try await aggregate(sql, "SELECT COUNT(*) AS n, MAX(updated_at) AS m FROM \(ActorModel.schema)", nil))
        // The first part names how pages are drawn: pages kept by an earlier version (English only) are drawn again.
        return (["pages-by-language"] + parts).joined(separator: "|")
    }

    private static func aggregate(_ sql: any SQLDatabase, _ query: String, _ id: UUID?) async throws -> String {
        let statement: SQLQueryString = id.map { "\(unsafeRaw: query)\(bind: $0)" } ?? "\(unsafeRaw: query)"
        guard let row = try await sql.raw(statement).first() else { return "-" }
        let n = (try? row.decode(column: "n", as: Int.self)) ?? -1
        // The last change as the database keeps it (a number on SQLite, a timestamp on PostgreSQL).
        let m = (try? row.decode(column: "m", as: Date?.self)).flatMap { $0 }.map { "\($0.timeIntervalSince1970)" }
            ?? (try? row.decode(column: "m", as: Double?.self)).flatMap { $0 }.map { "\($0)" }
            ?? (try? row.decode(column: "m", as: String?.self)).flatMap { $0 } ?? "-"
        return "\(n)@\(m)"
    }
}

/// FNV-1a over bytes: the same value in every process (Swift's `Hasher` is seeded per process).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf29ce484222325
    mutating func add(_ id: UUID) {
        withUnsafeBytes(of: id.uuid) { for b in $0 { value = (value ^ UInt64(b)) &* 0x100000001b3 } }
    }
}
