import ClusterworksDomain
import FluentKit
import Foundation

/// Who is making a change, for the history.
public struct Author: Sendable {
    public let userId: UUID?
    public let name: String
    public init(userId: UUID?, name: String) { self.userId = userId; self.name = name }
    public static let system = Author(userId: nil, name: "system")
}

/// Writes records and their history together: the row, its linked rows and the audit entry commit
/// in one transaction or not at all.
public enum RecordWriter {
    @discardableResult
    public static func create<M: SchemaRecord>(_ type: M.Type, values: RecordValues, by author: Author,
                                               on db: any Database, now: Date = Date(),
                                               configure: @escaping @Sendable (M) -> Void = { _ in }) async throws -> M {
        try await db.transaction { tx in
            let record = M()
            configure(record)
            record.apply(values)
            try await record.create(on: tx)
            if let linked = record as? any RecordWithLinks { try await linked.saveLinks(values, on: tx) }
            let changes = RecordDiff.changes(from: [:], to: record.values, order: M.recordSchema.fields.map(\.key))
            try await audit(record, "create", changes, author, tx, now)
            return record
        }
    }

    /// `check` sees the row as stored once it is locked: a state another request moved it to
    /// meanwhile (a figure approved) refuses the write, not just the state this request first read.
    public static func update<M: SchemaRecord>(_ record: M, values: RecordValues, by author: Author,
                                               on db: any Database, now: Date = Date(), check: StoredCheck<M>? = nil) async throws {
        try await db.transaction { tx in
            try await RowLock.lock(record, on: tx)
            try await stored(record, check, tx)
            if let linked = record as? any RecordWithLinks { try await linked.loadLinks(on: tx) }
            let before = record.values
            record.apply(values)
            try await record.update(on: tx)
            if let linked = record as? any RecordWithLinks { try await linked.saveLinks(values, on: tx) }
            let changes = RecordDiff.changes(from: before, to: record.values, order: M.recordSchema.fields.map(\.key))
            if !changes.isEmpty { try await audit(record, "update", changes, author, tx, now) }
        }
    }

    /// A workflow's step on a record (a figure approved): under the row's lock the record is read
    /// again, `check` decides on what is stored now (a concurrent step may have moved it), `change`
    /// sets what the step sets, and the change is written and audited as `action`.
    @discardableResult
    public static func step<M: SchemaRecord>(_ record: M, action: String, by author: Author, on db: any Database, now: Date = Date(),
                                             check: @escaping @Sendable (M) throws -> Void,
                                             change: @escaping @Sendable (M) -> Void) async throws -> M {
        try await db.transaction { tx in
            try await RowLock.lock(record, on: tx)
            guard let current = try await M.find(try record.requireID(), on: tx) else { throw FluentError.noResults }
            try check(current)
            let before = current.values
            change(current)
            try await current.update(on: tx)
            let changes = RecordDiff.changes(from: before, to: current.values, order: M.recordSchema.fields.map(\.key))
            try await audit(current, action, changes, author, tx, now)
            return current
        }
    }

    public static func delete<M: SchemaRecord>(_ record: M, by author: Author, on db: any Database, now: Date = Date(),
                                               check: StoredCheck<M>? = nil) async throws {
        try await db.transaction { tx in
            try await RowLock.lock(record, on: tx)
            try await stored(record, check, tx)
            if let linked = record as? any RecordWithLinks { try await linked.loadLinks(on: tx) }
            let changes = RecordDiff.changes(from: record.values, to: [:], order: M.recordSchema.fields.map(\.key))
            try await audit(record, "delete", changes, author, tx, now)
            try await record.delete(on: tx)
        }
    }

    public typealias StoredCheck<M> = @Sendable (M, any Database) async throws -> Void

    private static func stored<M: SchemaRecord>(_ record: M, _ check: StoredCheck<M>?, _ tx: any Database) async throws {
        guard let check else { return }
        guard let current = try await M.find(try record.requireID(), on: tx) else { throw FluentError.noResults }
        try await check(current, tx)
    }

    private static func audit<M: SchemaRecord>(_ record: M, _ action: String, _ changes: [FieldChange],
                                               _ author: Author, _ db: any Database, _ now: Date) async throws {
        try await AuditEntryModel(recordType: M.recordSchema.type.rawValue, recordId: try record.requireID(), action: action,
                                  userId: author.userId, userName: author.name, at: now, changes: changes).create(on: db)
    }

    /// The record's history, newest first.
    public static func history(of id: UUID, on db: any Database) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: db).filter(\.$recordId == id).sort(\.$at, .descending).limit(200).all()
    }
}

extension RecordWriter {
    /// Many new records of one kind and their history in one transaction, inserted in batches of
    /// rows (one statement per batch, not per record): a bulk import is all or nothing.
    public static func createMany<M: SchemaRecord>(_ type: M.Type, values: [RecordValues], by author: Author, on db: any Database,
                                                   now: Date = Date(), configure: @escaping @Sendable (M) -> Void = { _ in }) async throws -> [M] {
        let order = M.recordSchema.fields.map(\.key)
        let records = values.map { v -> M in
            let record = M()
            configure(record)
            record.apply(v)
            record.id = UUID()
            return record
        }
        let entries = try records.map { r in
            AuditEntryModel(recordType: M.recordSchema.type.rawValue, recordId: try r.requireID(), action: "create",
                            userId: author.userId, userName: author.name, at: now, changes: RecordDiff.changes(from: [:], to: r.values, order: order))
        }
        // 500 rows of a dozen columns stay far below either database's limit of bound values.
        let batch = 500
        try await db.transaction { tx in
            for start in stride(from: 0, to: records.count, by: batch) {
                try await BatchInsert.insert(Array(records[start..<min(start + batch, records.count)]), now: now, on: tx)
                try await BatchInsert.insert(Array(entries[start..<min(start + batch, entries.count)]), now: now, on: tx)
            }
        }
        return records
    }
}
