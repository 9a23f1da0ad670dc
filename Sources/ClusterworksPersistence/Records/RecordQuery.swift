import ClusterworksDomain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// What a registry list asks for: a page, a search term, a sort and filters.
public struct ListRequest: Sendable {
    public var page: Int
    public var perPage: Int
    public var search: String?
    public var sort: String?
    public var descending: Bool
    public var filters: [String: String]

    public init(page: Int = 1, perPage: Int = 25, search: String? = nil, sort: String? = nil,
                descending: Bool = false, filters: [String: String] = [:]) {
        // Bounded so that the offset arithmetic cannot overflow, whatever a client sends.
        self.page = min(max(1, page), 1_000_000)
        self.perPage = min(max(1, perPage), 200)
        self.search = search
        self.sort = sort
        self.descending = descending
        self.filters = filters
    }
}

public struct ListPage<M: Sendable>: Sendable {
    public let items: [M]
    public let page: Int
    public let perPage: Int
    public let total: Int
    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

/// A record of a list's page read from its row without a model: the schema's fields in order.
public struct ListedRow: Sendable {
    public let id: UUID
    public let fields: [FieldValue?]
    public let createdAt: Date?
    public let updatedAt: Date?
}

public enum RecordQuery {
    /// Lists records. Search is case-insensitive over the record's search columns on both databases.
    public static func list<M: SchemaRecord>(_ type: M.Type, _ request: ListRequest, on db: any Database,
                                             scope: ((QueryBuilder<M>) -> QueryBuilder<M>)? = nil) async throws -> ListPage<M> {
        let query = listQuery(M.self, request, on: db, scope: scope)
        let total = try await query.copy().count()
        let items = try await withLinks(query).range(range(request)).all()
        return ListPage(items: items, page: request.page, perPage: request.perPage, total: total)
    }

    /// The same page read from its rows without making models (most of a page's time went to making
    /// them), or nil when the kind of record needs its models.
    public static func listRows<M: SchemaRecord>(_ type: M.Type, _ request: ListRequest, on db: any Database,
                                                 scope: ((QueryBuilder<M>) -> QueryBuilder<M>)? = nil) async throws -> ListPage<ListedRow>? {
        guard let readers = M.fieldReaders else { return nil }
        let query = listQuery(M.self, request, on: db, scope: scope)
        let total = try await query.copy().count()
        let id = FieldKey.string("\(M.schema)_id")
        let stamps = M.self is any Timestamped.Type ? (FieldKey.string("\(M.schema)_created_at"), FieldKey.string("\(M.schema)_updated_at")) : nil
        // Rows arrive one at a time on the database's event loop, as Fluent's own `all()` collects them.
        nonisolated(unsafe) var rows: [Result<ListedRow, any Error>] = []
        try await query.range(range(request)).run { output in
            rows.append(Result {
                ListedRow(id: try output.decode(id, as: UUID.self), fields: try readers.map { try $0(output) },
                          createdAt: try stamps.flatMap { try instant(output, $0.0) }, updatedAt: try stamps.flatMap { try instant(output, $0.1) })
            })
        }
        return ListPage(items: try rows.map { try $0.get() }, page: request.page, perPage: request.perPage, total: total)
    }

    private static func instant(_ output: any DatabaseOutput, _ key: FieldKey) throws -> Date? {
        try output.decodeNil(key) ? nil : output.decode(key, as: Date.self)
    }

    static func range(_ request: ListRequest) -> Range<Int> {
        ((request.page - 1) * request.perPage)..<(request.page * request.perPage)
    }

    static func listQuery<M: SchemaRecord>(_ type: M.Type, _ request: ListRequest, on db: any Database,
                                           scope: ((QueryBuilder<M>) -> QueryBuilder<M>)?) -> QueryBuilder<M> {
        var query = M.query(on: db)
        if let scope { query = scope(query) }
        if let term = request.search?.trimmingCharacters(in: .whitespaces), !term.isEmpty, M.self is any Searchable.Type {
            // Folded on both sides, so case, accents and letters like ɔ compare alike on either database.
            let pattern = "%" + likeEscaped(SearchText.fold(term)) + "%"
            query = query.filter(.sql(SQLList([SQLColumn("search_key", table: M.schema), SQLRaw("LIKE"), SQLBind(pattern), SQLRaw("ESCAPE '\\'")],
                                              separator: SQLRaw(" "))))
        } else if let term = request.search?.trimmingCharacters(in: .whitespaces).lowercased(), !term.isEmpty {
            let pattern = "%" + term + "%"
            query = query.group(.or) { group in
                for column in M.searchColumns {
                    group.filter(.sql(SQLBinaryExpression(
                        SQLFunction("lower", args: SQLColumn(column.description, table: M.schema)),
                        .like, SQLBind(pattern))))
                }
            }
        }
        for (key, value) in request.filters {
            if let column = M.filterColumns[key] {
                if let id = UUID(uuidString: value) {
                    query = query.filter(.path([column], schema: M.schema), .equal, .bind(id))
                } else {
                    query = query.filter(.path([column], schema: M.schema), .equal, .bind(value))
                }
            }
        }
        let sortColumn = request.sort.flatMap { M.sortColumns[$0] } ?? M.defaultSort
        query = query.sort(.path([sortColumn], schema: M.schema), request.descending ? .descending : .ascending)
            .sort(.path([.id], schema: M.schema), .ascending)
        return query
    }

    /// `%` and `_` in what was typed are looked for as themselves (`\` escapes them on both databases).
    static func likeEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// The query loading each record's values kept in other tables with it (a project's countries,
    /// an event's participants), for any kind of record.
    public static func withLinks<M: SchemaRecord>(_ query: QueryBuilder<M>) -> QueryBuilder<M> {
        guard let linked = M.self as? any RecordWithLinks.Type else { return query }
        return withLinks(linked, query)
    }

    private static func withLinks<M: SchemaRecord, L: RecordWithLinks>(_ type: L.Type, _ query: QueryBuilder<M>) -> QueryBuilder<M> {
        guard let q = query as? QueryBuilder<L> else { return query }
        return (L.withLinks(q) as? QueryBuilder<M>) ?? query
    }

    /// The first unique field whose value another record already has (within the owner, for a part),
    /// and that record's title: a duplicate is refused naming the field before the database's unique
    /// index has to refuse it without a name.
    public static func clash<M: SchemaRecord>(_ type: M.Type, _ values: RecordValues, excluding id: UUID?,
                                             within owner: (column: FieldKey, id: UUID)? = nil, on db: any Database) async throws -> (field: String, holder: Phrase)? {
        for (key, column) in M.uniqueColumns.sorted(by: { $0.key < $1.key }) {
            guard let value = values[key], let bound = bind(value) else { continue }
            var query = M.query(on: db).filter(.path([column], schema: M.schema), .equal, bound)
            if let id { query = query.filter(\._$id != id) }
            if let owner { query = query.filter(owner.column, .equal, owner.id) }
            if let other = try await query.first() { return (key, other.title) }
        }
        return nil
    }

    static func bind(_ value: FieldValue) -> DatabaseQuery.Value? {
        switch value {
        case .text(let s): .bind(s)
        case .integer(let i): .bind(i)
        case .decimal(let d): .bind(d)
        case .date(let d): .bind(d.description)
        case .boolean(let b): .bind(b)
        case .reference(let id): .bind(id)
        case .list: nil
        }
    }

    /// Every record of a kind with its linked values (a project's countries).
    public static func all<M: SchemaRecord>(_ type: M.Type, on db: any Database) async throws -> [M] {
        try await withLinks(M.query(on: db)).all()
    }

    public static func find<M: SchemaRecord>(_ type: M.Type, _ id: UUID, on db: any Database) async throws -> M? {
        guard let record = try await M.find(id, on: db) else { return nil }
        if let linked = record as? any RecordWithLinks { try await linked.loadLinks(on: db) }
        return record
    }
}
