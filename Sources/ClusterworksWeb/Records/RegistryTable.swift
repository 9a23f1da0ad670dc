import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// A registry's list as a sortable, paginated table. Sorting and paging are plain links, so they
/// work without script.
enum RegistryTable {
    static func render<M: SchemaRecord>(registry: Registry<M>, page: ListPage<M>, request: ListRequest) -> HTML {
        let rules = registry.listColumns.compactMap { registry.schema.field($0) }
        let header = rules.map { rule -> HTML in
            guard M.sortColumns[rule.key] != nil else { return "<th scope=\"col\">\(rule.label)</th>" }
            let active = request.sort == rule.key
            let dir = active && !request.descending ? "desc" : "asc"
            let sortState = active ? (request.descending ? "descending" : "ascending") : "none"
            return "<th scope=\"col\" aria-sort=\"\(sortState)\"><a href=\"\(link(registry.folder, request, sort: rule.key, dir: dir, page: 1))\">\(rule.label)</a></th>"
        }
        let rows = page.items.map { record -> HTML in
            let values = record.values
            let cells = rules.enumerated().map { index, rule -> HTML in
                let text = cellText(rule, values[rule.key])
                if index == 0, let id = record.id {
                    return "<td><a href=\"\(SitePath.record(registry.folder, .id(id)))\">\(text.isEmpty ? record.title : .verbatim(text))</a></td>"
                }
                return isNumeric(rule.kind) ? "<td class=\"num\">\(text)</td>" : "<td>\(text)</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        let first = page.total == 0 ? 0 : (page.page - 1) * page.perPage + 1
        let last = min(page.page * page.perPage, page.total)
        let pager: HTML = """
        <nav class="pager" aria-label="\(L("Pages"))">
        \(page.page > 1 ? "<a href=\"\(link(registry.folder, request, sort: request.sort, dir: request.descending ? "desc" : "asc", page: page.page - 1))\" rel=\"prev\">\(L("Previous"))</a>" : .empty)
        <span>\(L("\(first)–\(last) of \(page.total)"))</span>
        \(page.page < page.pageCount ? "<a href=\"\(link(registry.folder, request, sort: request.sort, dir: request.descending ? "desc" : "asc", page: page.page + 1))\" rel=\"next\">\(L("Next"))</a>" : .empty)
        </nav>
        """
        return """
        <table><caption class="sr-only">\(registry.plural)</caption><thead><tr>\(header)</tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"\(rules.count)\">\(L("Nothing found."))</td></tr>" : HTML.join(rows))</tbody></table>
        \(pager)
        """
    }

    static func cellText(_ rule: FieldRule, _ value: FieldValue?) -> String {
        guard let value else { return "" }
        switch rule.kind {
        case .choice(let options): return (options.first { $0.value == value.text }?.label ?? .verbatim(value.display)).said
        case .choices(let options): return (value.list ?? []).map { v in (options.first { $0.value == v }?.label ?? .verbatim(v)).said }.joined(separator: ", ")
        default: return value.shown
        }
    }

    private static func isNumeric(_ kind: FieldKind) -> Bool {
        switch kind {
        case .integer, .decimal: true
        default: false
        }
    }

    private static func link(_ folder: Folder, _ r: ListRequest, sort: String?, dir: String, page: Int) -> String {
        var items: [(String, String)] = []
        if let q = r.search, !q.isEmpty { items.append(("q", q)) }
        for (k, v) in r.filters.sorted(by: { $0.key < $1.key }) { items.append((k, v)) }
        if let sort { items += [("sort", sort), ("dir", dir)] }
        if page > 1 { items.append(("page", String(page))) }
        return SitePath.list(folder).href(items)
    }
}
