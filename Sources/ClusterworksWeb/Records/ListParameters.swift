import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// The query parameters of a registry's list: paging, search, sorting and the record's filters.
/// Routes read them here and the OpenAPI document declares them from here.
enum ListParameters {
    static let search = QueryParameter.text("q", max: 200, "Words to look for in the record's names and texts")

    static func of<M: SchemaRecord>(_ type: M.Type) -> [QueryParameter] {
        [QueryParameter.page, QueryParameter.perPage, search, sort(M.self), QueryParameter.direction] + filters(M.self)
    }

    static func sort<M: SchemaRecord>(_ type: M.Type) -> QueryParameter {
        .choice("sort", M.sortColumns.keys.sorted(), "Column to sort by")
    }

    /// A filter per filter column (its values from the schema), and `country` where a record lists countries.
    static func filters<M: SchemaRecord>(_ type: M.Type) -> [QueryParameter] {
        var keys = Array(M.filterColumns.keys)
        if M.recordSchema.field("countries") != nil { keys.append("country") }
        return keys.sorted().map { key in
            let label = M.recordSchema.field(key)?.label ?? .verbatim(key)
            switch M.recordSchema.field(key)?.kind {
            case .reference?: return .uuid(key, "Only records of this \(label.english.lowercased())")
            case .choice(let options)?: return .choice(key, options.map(\.value), "Only records with this \(label.english.lowercased())")
            case .countryCode?, .countryCodes?, nil where key == "country": return QueryParameter(name: key, kind: .countryCode, summary: "Only records in this country")
            default: return .text(key, max: 100, "Only records with this \(label.english.lowercased())")
            }
        }
    }

    static func read<M: SchemaRecord>(_ type: M.Type, _ req: Request) throws -> ListRequest {
        var values: [String: String] = [:]
        for p in filters(M.self) {
            guard var v = try req.query(p) else { continue }
            if case .countryCode = p.kind { v = v.uppercased() }
            values[p.name] = v
        }
        return ListRequest(page: try req.queryInteger(QueryParameter.page) ?? 1,
                           perPage: try req.queryInteger(QueryParameter.perPage) ?? 25,
                           search: try req.query(search),
                           sort: try req.query(sort(M.self)),
                           descending: try req.query(QueryParameter.direction) == "desc",
                           filters: values)
    }
}
