import ClusterworksDomain
import FluentKit
import Foundation

/// A model whose fields are described by a domain `RecordSchema`, so that the generic registry
/// screens and API can read, write and diff it.
public protocol SchemaRecord: Model, Sendable where IDValue == UUID {
    static var recordSchema: RecordSchema { get }
    /// The name people recognise the record by.
    var title: Phrase { get }
    var values: RecordValues { get }
    func apply(_ values: RecordValues)
    /// Columns the registry's search box looks in.
    static var searchColumns: [FieldKey] { get }
    /// Columns a list may be sorted by, by API field key.
    static var sortColumns: [String: FieldKey] { get }
    static var defaultSort: FieldKey { get }
    /// Field keys that are filters of the list (`?country=IN&status=ongoing`) mapped to columns.
    static var filterColumns: [String: FieldKey] { get }
    /// Field keys no two records may share (within one owner, for a part), mapped to columns.
    static var uniqueColumns: [String: FieldKey] { get }
    /// Readers of the schema's fields, in its order, from a query's rows without models; nil when
    /// some field needs the model (kept in another table, or set by a rule).
    static var fieldReaders: [FieldReader]? { get }
}

extension SchemaRecord {
    public static var fieldReaders: [FieldReader]? { nil }
    public static var filterColumns: [String: FieldKey] { [:] }
    public static var uniqueColumns: [String: FieldKey] { [:] }
}

/// Timestamps every record carries.
public protocol Timestamped: AnyObject {
    var createdAt: Date? { get set }
    var updatedAt: Date? { get set }
}

/// Records with values kept in other tables (a project's countries) load and save them here.
public protocol RecordWithLinks: SchemaRecord {
    /// The keys of the values kept in the other tables: `saveLinks` writes them, not `apply`.
    static var linkedKeys: Set<String> { get }
    static func withLinks(_ query: QueryBuilder<Self>) -> QueryBuilder<Self>
    func loadLinks(on db: any Database) async throws
    func saveLinks(_ values: RecordValues, on db: any Database) async throws
}
