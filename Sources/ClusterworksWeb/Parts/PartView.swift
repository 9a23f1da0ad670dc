import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// The pages of a kind of part, drawn from their sheets. Pure.
enum PartView {
    static func list(_ s: PartListSheet) -> HTML {
        """
        \(s.nav)
        <h1>\(s.plural)</h1>
        \(s.intro)
        \(table(s.table))
        \(s.addForm.map(addForm) ?? .empty)
        """
    }

    static func table(_ t: PartTable) -> HTML {
        let head = t.columns.map { "<th scope=\"col\">\($0)</th>" as HTML }
        let rows = t.rows.map { row -> HTML in
            "<tr><td><a href=\"\(row.path)\">\(row.title)</a></td>\(row.cells.map { "<td>\($0)</td>" as HTML })</tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(t.plural)"><table><thead><tr><th scope="col">\(t.singular)</th>\(head)</tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"\(t.columns.count + 1)\">\(L("None recorded yet."))</td></tr>" : HTML.join(rows))</tbody></table></div>
        """
    }

    static func addForm(_ f: PartForm) -> HTML {
        let id = "add-\(f.folder.rawValue)"
        return """
        <section aria-labelledby="\(id)"><h2 id="\(id)">\(L("Add: \(f.singular)"))</h2>
        \(f.form.notice)
        <form class="stack" method="post" action="\(f.action)" novalidate>
        \(f.form.fields)<div><button type="submit">\(L("Add: \(f.singular)"))</button></div></form></section>
        """
    }

    static func page(_ p: PartSheet) -> HTML {
        """
        \(p.nav)
        <p><a href="\(p.list)">\(p.plural)</a></p>
        <h1>\(p.title)</h1>
        \(RecordView.definitionList(p.fields))
        \(p.detail)
        \(editing(p))
        \(HistoryView.render(p.history))
        """
    }

    private static func editing(_ p: PartSheet) -> HTML {
        switch p.editing {
        case .none: return .empty
        case .frozen(let why): return "<p class=\"notice\">\(L("This \(p.singular) \(why)."))</p>"
        case .form(let form, let action, let delete):
            return """
            <details\(form.errors.isEmpty ? .empty : HTML(raw: " open"))><summary>\(L("Change this \(p.singular)"))</summary>
            \(form.notice)
            <form class="stack" method="post" action="\(action)" novalidate>\(form.fields)
            <div><button type="submit">\(L("Save"))</button></div></form>
            \(delete.map { """
            <form class="actions" method="post" action="\($0)">\(Layout.csrfField(token: form.token))<button class="danger" type="submit">\(L("Delete this \(p.singular)"))</button></form>
            """ } ?? .empty)
            </details>
            """
        }
    }
}
