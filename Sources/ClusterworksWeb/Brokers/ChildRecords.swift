import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The records that belong to one, as its page lists them (a course's cohorts, an agreement's
/// activities): each row's cells as the reader reads them (references by name), and where to add one.
struct ChildList: Sendable {
    struct Row: Sendable {
        let id: UUID?
        let title: Phrase
        let cells: [String]
    }

    let title: Phrase
    let folder: Folder
    let columns: [Phrase]
    let rows: [Row]
    /// The new record's form, its parent filled in; nil when the reader may not add one.
    let addLink: String?
    let singular: Phrase
}

/// The records that belong to one on its page: a table with references shown by name, each row
/// linking to its record, and a link to add one.
enum ChildRecords {
    static func section<C: SchemaRecord>(_ title: Phrase, of registry: Registry<C>, where field: KeyPath<C, FieldProperty<C, UUID>>, is parent: UUID,
                                         parentKey: String, columns: [String], _ req: Request) async throws -> HTML {
        render(try await load(title, of: registry, where: field, is: parent, parentKey: parentKey, columns: columns, req))
    }

    static func load<C: SchemaRecord>(_ title: Phrase, of registry: Registry<C>, where field: KeyPath<C, FieldProperty<C, UUID>>, is parent: UUID,
                                      parentKey: String, columns: [String], _ req: Request) async throws -> ChildList {
        let items = try await C.query(on: req.db).filter(field == parent).sort(C.defaultSort).all()
        let rules = columns.compactMap { registry.schema.field($0) }
        var names: [UUID: String] = [:]
        for rule in rules {
            guard case .reference(let type) = rule.kind else { continue }
            names.merge(try await ReferenceDirectory.titles(type, items.compactMap { $0.values[rule.key]?.reference }, on: req.db)) { a, _ in a }
        }
        let rows = items.map { item in
            let values = item.values
            return ChildList.Row(id: item.id, title: item.title, cells: rules.map { rule in
                values[rule.key]?.reference.flatMap { names[$0] } ?? RegistryTable.cellText(rule, values[rule.key])
            })
        }
        let mayAdd = registry.mayCreateSomewhere(try req.requireSignedIn())
        return ChildList(title: title, folder: registry.folder, columns: rules.map(\.label), rows: rows,
                         addLink: mayAdd ? SitePath.new(registry.folder).href([(parentKey, parent.lowercasedText)]) : nil, singular: registry.singular)
    }

    /// Pure.
    static func render(_ c: ChildList) -> HTML {
        let add: HTML = c.addLink.map { "<p><a href=\"\($0)\">\(L("Add: \(c.singular)"))</a></p>" } ?? .empty
        return """
        <section><h2>\(c.title)</h2>
        \(c.rows.isEmpty ? "<p>\(L("None yet."))</p>" : table(c))\(add)</section>
        """
    }

    /// Records as rows: the first column links to the record.
    static func table(_ c: ChildList) -> HTML {
        let rows = c.rows.map { row -> HTML in
            let cells = row.cells.enumerated().map { i, text -> HTML in
                if i == 0, let id = row.id { return "<td><a href=\"\(SitePath.record(c.folder, .id(id)))\">\(text.isEmpty ? row.title : .verbatim(text))</a></td>" }
                return "<td>\(text)</td>"
            }
            return "<tr>\(HTML.join(cells))</tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.title)"><table><caption class="sr-only">\(c.title)</caption>
        <thead><tr>\(HTML.join(c.columns.map { "<th scope=\"col\">\($0)</th>" as HTML }))</tr></thead><tbody>\(HTML.join(rows))</tbody></table></div>
        """
    }
}
