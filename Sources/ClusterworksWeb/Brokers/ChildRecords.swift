import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The records that belong to one on its page (a course's cohorts, an agreement's activities): a
/// table with references shown by name, each row linking to its record, and a link to add one.
enum ChildRecords {
    static func section<C: SchemaRecord>(_ title: Phrase, of registry: Registry<C>, where field: KeyPath<C, FieldProperty<C, UUID>>, is parent: UUID,
                                         parentKey: String, columns: [String], _ req: Request) async throws -> HTML {
        let items = try await C.query(on: req.db).filter(field == parent).sort(C.defaultSort).all()
        let mayAdd = registry.mayCreateSomewhere(try req.requireSignedIn())
        let addLink: HTML = mayAdd ? "<p><a href=\"\(SitePath.new(registry.folder).href([(parentKey, parent.lowercasedText)]))\">\(L("Add: \(registry.singular)"))</a></p>" : .empty
        return """
        <section><h2>\(title)</h2>
        \(items.isEmpty ? "<p>\(L("None yet."))</p>" : try await table(registry, items, columns: columns, caption: title, on: req.db))\(addLink)</section>
        """
    }

    /// Records as rows: the first column links to the record; references read as the names of what they point at.
    static func table<C: SchemaRecord>(_ registry: Registry<C>, _ items: [C], columns: [String], caption: Phrase, on db: any Database) async throws -> HTML {
        let rules = columns.compactMap { registry.schema.field($0) }
        var names: [UUID: String] = [:]
        for rule in rules {
            guard case .reference(let type) = rule.kind else { continue }
            names.merge(try await ReferenceDirectory.titles(type, items.compactMap { $0.values[rule.key]?.reference }, on: db)) { a, _ in a }
        }
        let rows = items.map { item -> HTML in
            let values = item.values
            let cells = rules.enumerated().map { i, rule -> HTML in
                let text = values[rule.key]?.reference.flatMap { names[$0] } ?? RegistryTable.cellText(rule, values[rule.key])
                if i == 0, let id = item.id { return "<td><a href=\"\(SitePath.record(registry.folder, .id(id)))\">\(text.isEmpty ? item.title : .verbatim(text))</a></td>" }
                return "<td>\(text)</td>"
            }
            return "<tr>\(HTML.join(cells))</tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(caption)"><table><caption class="sr-only">\(caption)</caption>
        <thead><tr>\(HTML.join(rules.map { "<th scope=\"col\">\($0.label)</th>" as HTML }))</tr></thead><tbody>\(HTML.join(rows))</tbody></table></div>
        """
    }
}
