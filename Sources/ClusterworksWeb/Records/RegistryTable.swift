import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// A registry's list as a sortable, paginated table. Sorting and paging are plain links, so they
/// work without script. `Sheet` is one page of it read from its records; `render` draws it.
enum RegistryTable {
    struct Column: Sendable {
        let key: String
        let label: Phrase
        let sortable: Bool
        let numeric: Bool
    }

    struct Row: Sendable {
        let id: UUID?
        let title: Phrase
        /// A cell a column, as the reader reads it.
        let cells: [String]
    }

    struct Sheet: Sendable {
        let folder: Folder
        let plural: Phrase
        let columns: [Column]
        let rows: [Row]
        let request: ListRequest
        let page: Int
        let total: Int
        let perPage: Int
        var pageCount: Int { max(1, (total + perPage - 1) / perPage) }

        init(folder: Folder, plural: Phrase, columns: [Column], rows: [Row], request: ListRequest, page: Int, total: Int, perPage: Int) {
            (self.folder, self.plural, self.columns, self.rows) = (folder, plural, columns, rows)
            (self.request, self.page, self.total, self.perPage) = (request, page, total, perPage)
        }

        init<M: SchemaRecord>(_ registry: Registry<M>, _ page: ListPage<M>, _ request: ListRequest) {
            let rules = registry.listColumns.compactMap { registry.schema.field($0) }
            let columns = rules.map { Column(key: $0.key, label: $0.label, sortable: M.sortColumns[$0.key] != nil, numeric: RegistryTable.isNumeric($0.kind)) }
            let rows = page.items.map { record in
                let values = record.values
                return Row(id: record.id, title: record.title, cells: rules.map { RegistryTable.cellText($0, values[$0.key]) })
            }
            self.init(folder: registry.folder, plural: registry.plural, columns: columns, rows: rows, request: request,
                      page: page.page, total: page.total, perPage: page.perPage)
        }
    }

    static func render(_ sheet: Sheet) -> HTML {
        let request = sheet.request
        let header = sheet.columns.map { column -> HTML in
            guard column.sortable else { return "<th scope=\"col\">\(column.label)</th>" }
            let active = request.sort == column.key
            let dir = active && !request.descending ? "desc" : "asc"
            let sortState = active ? (request.descending ? "descending" : "ascending") : "none"
            return "<th scope=\"col\" aria-sort=\"\(sortState)\"><a href=\"\(link(sheet.folder, request, sort: column.key, dir: dir, page: 1))\">\(column.label)</a></th>"
        }
        let rows = sheet.rows.map { row -> HTML in
            let cells = zip(sheet.columns, row.cells).enumerated().map { index, pair -> HTML in
                let (column, text) = pair
                if index == 0, let id = row.id {
                    return "<td><a href=\"\(SitePath.record(sheet.folder, .id(id)))\">\(text.isEmpty ? row.title : .verbatim(text))</a></td>"
                }
                return column.numeric ? "<td class=\"num\">\(text)</td>" : "<td>\(text)</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        let first = sheet.total == 0 ? 0 : (sheet.page - 1) * sheet.perPage + 1
        let last = min(sheet.page * sheet.perPage, sheet.total)
        let dir = request.descending ? "desc" : "asc"
        let pager: HTML = """
        <nav class="pager" aria-label="\(L("Pages"))">
        \(sheet.page > 1 ? "<a href=\"\(link(sheet.folder, request, sort: request.sort, dir: dir, page: sheet.page - 1))\" rel=\"prev\">\(L("Previous"))</a>" : .empty)
        <span>\(L("\(first)–\(last) of \(sheet.total)"))</span>
        \(sheet.page < sheet.pageCount ? "<a href=\"\(link(sheet.folder, request, sort: request.sort, dir: dir, page: sheet.page + 1))\" rel=\"next\">\(L("Next"))</a>" : .empty)
        </nav>
        """
        return """
        <table><caption class="sr-only">\(sheet.plural)</caption><thead><tr>\(header)</tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"\(sheet.columns.count)\">\(L("Nothing found."))</td></tr>" : HTML.join(rows))</tbody></table>
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

    static func isNumeric(_ kind: FieldKind) -> Bool {
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
