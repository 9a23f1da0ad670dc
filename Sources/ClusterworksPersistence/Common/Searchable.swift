import ClusterworksDomain
import FluentKit

/// A record the registry's search box finds. Its searchable texts are stored folded beside it
/// (`search_key`, see `SearchText`), so a search compares like with like on SQLite and PostgreSQL:
/// any case, any accent, letters such as ɔ typed as o.
public protocol Searchable: SchemaRecord {
    /// The schema fields the search looks in.
    static var searchFields: [String] { get }
    var searchKey: String? { get set }
}

extension Searchable {
    public var computedSearchKey: String {
        let values = self.values
        return SearchText.key(Self.searchFields.flatMap { key -> [String?] in
            switch values[key] {
            case .list(let items)?: items
            case let v?: [v.display]
            case nil: []
            }
        })
    }
}

/// Keeps every searchable record's key current on each create and update, whoever writes it.
public struct SearchKeyMiddleware: AnyModelMiddleware {
    public init() {}

    public func handle(_ event: ModelEvent, _ model: any AnyModel, on db: any Database, chainingTo next: any AnyModelResponder) -> EventLoopFuture<Void> {
        var writes = false
        switch event {
        case .create, .update: writes = true
        default: break
        }
        if writes { Self.refresh(model) }
        return next.handle(event, model, on: db)
    }

    /// The model's search key made current, if it has one (a batch insert that bypasses Fluent's
    /// middleware calls this itself).
    public static func refresh(_ model: any AnyModel) {
        if var record = model as? any Searchable { record.searchKey = record.computedSearchKey }
    }
}
