import ClusterworksDomain
import FluentKit
import Foundation

/// A model whose schema fields are bound to its columns in one table: `values`, `apply`, and the
/// sort, filter, unique and search columns all derive from it, so a field is named once beside
/// the property that keeps it (the column's name comes from the property's `@Field` itself).
public protocol ColumnTable: SchemaRecord {
    static var columns: RecordColumns<Self> { get }
}

/// A field's value in a query's row, as the model would give it.
public typealias FieldReader = @Sendable (any DatabaseOutput) throws -> FieldValue?

extension ColumnTable {
    public var values: RecordValues { Self.columns.values(of: self) }
    public static var fieldReaders: [FieldReader]? { columns.rowReaders(recordSchema) }
    public func apply(_ values: RecordValues) { Self.columns.apply(values, to: self) }
    public static var sortColumns: [String: FieldKey] { columns.uses[.sort] ?? [:] }
    public static var filterColumns: [String: FieldKey] { columns.uses[.filter] ?? [:] }
    public static var uniqueColumns: [String: FieldKey] { columns.uses[.unique] ?? [:] }
    public static var searchColumns: [FieldKey] { columns.searched.map(\.column) }
}

extension ColumnTable where Self: Searchable {
    public static var searchFields: [String] { columns.searched.map(\.key) }
}

/// A record's columns in the order they were declared, with what each is used for.
public struct RecordColumns<M: Model>: Sendable {
    let all: [RecordColumn<M>]
    let uses: [RecordColumn<M>.Use: [String: FieldKey]]
    let searched: [(key: String, column: FieldKey)]
    /// The columns kept in tables of their own.
    public let links: [ColumnLink<M>]
    /// Each field's reader from a query's row, when every field is a plain column of the table.
    let readers: [String: FieldReader]?

    public init(_ all: [RecordColumn<M>]) {
        self.all = all
        var uses: [RecordColumn<M>.Use: [String: FieldKey]] = [:]
        var searched: [(key: String, column: FieldKey)] = []
        for c in all {
            guard let key = c.key, let column = c.column else { continue }
            for use in c.uses { uses[use, default: [:]][key] = column }
            if c.uses.contains(.search) { searched.append((key, column)) }
        }
        self.uses = uses
        self.searched = searched
        links = all.compactMap(\.link)
        // A rule may set any field and a link lives in another table: only a model can read those.
        let plain = all.allSatisfy { $0.key != nil && $0.link == nil }
        readers = plain ? Dictionary(all.compactMap { c in c.read.map { (c.key!, $0) } }, uniquingKeysWith: { a, _ in a }) : nil
    }

    /// Readers of a schema's fields in its order, straight from rows; nil when some field needs a model.
    public func rowReaders(_ schema: RecordSchema) -> [FieldReader]? {
        guard let readers else { return nil }
        let ordered = schema.fields.compactMap { readers[$0.key] }
        return ordered.count == schema.fields.count ? ordered : nil
    }

    public func values(of model: M) -> RecordValues {
        var v = RecordValues()
        for c in all { c.put(model, &v) }
        return v
    }

    public func apply(_ values: RecordValues, to model: M) {
        for c in all { c.take(model, values) }
    }

    /// The column that keeps a schema field.
    public func column(_ key: String) -> FieldKey? { all.first { $0.key == key }?.column }
}

/// One schema field bound to the property and column that keep it, with the codec between the
/// schema's value and the stored one.
// Unchecked: the closures only read key paths fixed at declaration; nothing in them changes.
public struct RecordColumn<M: Model>: @unchecked Sendable {
    public enum Use: Hashable, Sendable { case sort, filter, unique, search }
    /// What a column takes when a write leaves its field out.
    public enum Absent<T> {
        /// Nothing (an optional column).
        case clear
        /// Its value stays (a reference set when the record was made, a field only a workflow gives).
        case keep
        case value(T)
    }

    public let key: String?
    public let column: FieldKey?
    let put: (M, inout RecordValues) -> Void
    let take: (M, RecordValues) -> Void
    var uses: Set<Use> = []
    var link: ColumnLink<M>? = nil
    var read: FieldReader? = nil

    /// A rule of its own over several columns (a map kept as text, an owner's default) — no key.
    public static func rule(put: @escaping (M, inout RecordValues) -> Void = { _, _ in }, take: @escaping (M, RecordValues) -> Void = { _, _ in }) -> Self {
        .init(key: nil, column: nil, put: put, take: take)
    }

    public func sorted() -> Self { with(.sort) }
    public func filtered() -> Self { with(.filter) }
    public func unique() -> Self { with(.unique) }
    public func searched() -> Self { with(.search) }
    /// Shown and sent, never written by a form or the API: a workflow sets it.
    public func readOnly() -> Self { .init(key: key, column: column, put: put, take: { _, _ in }, uses: uses, link: link, read: read) }

    private func with(_ use: Use) -> Self {
        var copy = self
        copy.uses.insert(use)
        return copy
    }
}

extension RecordColumn {
    /// A column of a codec's kind; when the field is absent it takes `absent`, or by default
    /// nothing (optional columns), the codec's empty value, or keeps what it has.
    static func stored<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, _ codec: ColumnCodec<P.Stored>, absent: Absent<P.Stored>?) -> Self {
        let absent = absent ?? (P.isOptional ? .clear : codec.empty.map(Absent.value) ?? .keep)
        let column = M()[keyPath: path].columnKey
        // The name a query gives the column in its rows (FluentSQL's `<table>_<column>`).
        let alias = FieldKey.string("\(M.schema)_\(column.description)")
        return .init(
            key: key, column: column,
            put: { model, values in values[key] = model[keyPath: path].stored.flatMap(codec.encode) },
            take: { model, values in
                if let value = values[key].flatMap(codec.decode) { model[keyPath: path].stored = value; return }
                switch absent {
                case .clear: model[keyPath: path].stored = nil
                case .keep: break
                case .value(let value): model[keyPath: path].stored = value
                }
            },
            read: { output in try P.read(output, alias).flatMap(codec.encode) })
    }

    public static func text<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, absent: Absent<String>? = nil) -> Self where P.Stored == String {
        stored(key, path, .text, absent: absent)
    }
    /// A calendar date kept as its ISO text.
    public static func date<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, absent: Absent<String>? = nil) -> Self where P.Stored == String {
        stored(key, path, .date, absent: absent)
    }
    /// A list kept as one text column, an item a line.
    public static func lines<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>) -> Self where P.Stored == String {
        stored(key, path, .lines, absent: nil)
    }
    public static func int<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, absent: Absent<Int>? = nil) -> Self where P.Stored == Int {
        stored(key, path, .int, absent: absent)
    }
    public static func decimal<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>) -> Self where P.Stored == Double {
        stored(key, path, .decimal, absent: nil)
    }
    public static func flag<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, absent: Absent<Bool>? = nil) -> Self where P.Stored == Bool {
        stored(key, path, .flag, absent: absent)
    }
    public static func reference<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>) -> Self where P.Stored == UUID {
        stored(key, path, .reference, absent: nil)
    }
    public static func choice<P: ColumnProperty>(_ key: String, _ path: KeyPath<M, P>, absent: Absent<P.Stored>? = nil) -> Self
        where P.Stored: RawRepresentable, P.Stored.RawValue == String
    {
        stored(key, path, .choice, absent: absent)
    }
}

/// Between a schema value and a stored one; `empty` is what a required column holds when a write
/// leaves it out (nil: it keeps its value).
// Unchecked: the conversions are pure functions fixed at declaration.
struct ColumnCodec<T>: @unchecked Sendable {
    let encode: (T) -> FieldValue?
    let decode: (FieldValue) -> T?
    var empty: T? = nil
}

extension ColumnCodec where T == String {
    static var text: Self { .init(encode: { .text($0) }, decode: \.text, empty: "") }
    static var date: Self { .init(encode: { CalendarDate($0).map(FieldValue.date) }, decode: { $0.date?.description }, empty: "") }
    static var lines: Self {
        .init(encode: { text in
            let items = text.split(separator: "\n").map(String.init)
            return items.isEmpty ? nil : .list(items)
        }, decode: { $0.list?.joined(separator: "\n") }, empty: "")
    }
}

extension ColumnCodec where T == Int { static var int: Self { .init(encode: { .integer($0) }, decode: \.integer, empty: 0) } }
extension ColumnCodec where T == Double { static var decimal: Self { .init(encode: { .decimal($0) }, decode: \.decimal, empty: 0) } }
extension ColumnCodec where T == Bool { static var flag: Self { .init(encode: { .boolean($0) }, decode: \.boolean, empty: false) } }
extension ColumnCodec where T == UUID { static var reference: Self { .init(encode: { .reference($0) }, decode: \.reference) } }
extension ColumnCodec where T: RawRepresentable, T.RawValue == String {
    static var choice: Self { .init(encode: { .text($0.rawValue) }, decode: { $0.text.flatMap(T.init(rawValue:)) }) }
}

extension RecordColumn {
    /// A column a list may be sorted by that no form writes (when the record was made).
    public static func order(_ key: String, _ path: KeyPath<M, TimestampProperty<M, DefaultTimestampFormat>>) -> Self {
        RecordColumn(key: key, column: M()[keyPath: path].$timestamp.key, put: { _, _ in }, take: { _, _ in }).sorted()
    }
}

extension RecordColumn where M: Model, M.IDValue == UUID {
    /// A list of records kept in its own join table (`ListedReference`): shown when loaded with the
    /// record, written after the record's row by `saveLinks`.
    public static func references<L: ReferenceList>(_ key: String, _ path: KeyPath<M, ChildrenProperty<M, ListedReference<L>>>) -> Self
        where L.Owner == M
    {
        var column = RecordColumn(key: key, column: nil, put: { model, values in
            guard let rows = model[keyPath: path].value, !rows.isEmpty else { return }
            values[key] = .list(rows.sorted { $0.position < $1.position }.map { $0.itemId.uuidString.lowercased() })
        }, take: { _, _ in })
        column.link = ColumnLink(
            key: key,
            with: { $0.with(path) },
            load: { model, db in try await model[keyPath: path].load(on: db) },
            save: { model, values, db in
                let owner = try model.requireID()
                try await ListedReference<L>.query(on: db).filter(\.$owner.$id == owner).delete()
                let ids = (values[key]?.list ?? []).compactMap(UUID.init(uuidString:))
                let rows = ids.enumerated().map { ListedReference<L>(owner: owner, position: $0.offset, item: $0.element) }
                if !rows.isEmpty { try await rows.create(on: db) }
                model[keyPath: path].value = rows
            })
        return column
    }
}

/// How a column kept in another table is loaded with its record and saved after it.
// Unchecked: the closures only read key paths fixed at declaration.
public struct ColumnLink<M: Model>: @unchecked Sendable {
    public let key: String
    let with: (QueryBuilder<M>) -> QueryBuilder<M>
    let load: (M, any Database) async throws -> Void
    let save: (M, RecordValues, any Database) async throws -> Void
}

extension RecordWithLinks where Self: ColumnTable {
    public static var linkedKeys: Set<String> { Set(columns.links.map(\.key)) }
    public static func withLinks(_ query: QueryBuilder<Self>) -> QueryBuilder<Self> { columns.links.reduce(query) { $1.with($0) } }
    public func loadLinks(on db: any Database) async throws { for link in Self.columns.links { try await link.load(self, db) } }
    public func saveLinks(_ values: RecordValues, on db: any Database) async throws {
        for link in Self.columns.links { try await link.save(self, values, db) }
    }
}
