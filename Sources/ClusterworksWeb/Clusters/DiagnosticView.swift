import ClusterworksDomain
import Foundation

/// A diagnostic study as its page shows it: the value chain, the perceptions side by side and the
/// figures found; and, on a draft its editors read, the forms to add to it and validate it. Pure.
/// The forms a draft diagnostic's editors see: a stage of the value chain, a perception, a figure found, and the validation.
struct DiagnosticDraftForms: Sendable {
    let stage: PartForm
    let perception: PartForm
    let figure: PartForm
    let validation: FormSection
}

enum DiagnosticView {
    static func render(_ d: DiagnosticStudy, forms: DiagnosticDraftForms? = nil) -> HTML {
        let newVersion: HTML = d.newVersionToken.map { token in """
        <form class="actions" method="post" action="\(SitePath.partStep(.clusters, .id(d.clusterId), .diagnostics, .id(d.diagnosticId), .newVersion))">\(Layout.csrfField(token: token))
        <button class="secondary" type="submit">\(L("Start a new version from this one"))</button></form>
        """ } ?? .empty
        return """
        <section aria-labelledby="chain-h"><h2 id="chain-h">\(L("Value chain and bottlenecks"))</h2>\(chain(d))</section>
        <section aria-labelledby="perc-h"><h2 id="perc-h">\(L("Perceptions by stakeholder group"))</h2>\(matrix(d))</section>
        <section aria-labelledby="fig-h"><h2 id="fig-h">\(L("Figures found (the baselines)"))</h2>\(ResultsTable.view(d.figures))</section>
        \(forms.map(draftForms) ?? .empty)\(newVersion)
        """
    }

    static func draftForms(_ f: DiagnosticDraftForms) -> HTML {
        PartView.addForm(f.stage) + PartView.addForm(f.perception) + PartView.addForm(f.figure) + FormSection.render(f.validation)
    }

    /// Each stage with its description, the organisations linked to it (by name, linked) and its bottlenecks.
    static func chain(_ d: DiagnosticStudy) -> HTML {
        guard !d.stages.isEmpty else { return "<p>\(L("No value chain stages recorded yet."))</p>" }
        let items = d.stages.map { s -> HTML in
            let bottlenecks = s.bottlenecks.map { "<li>\($0)</li>" as HTML }
            let linked = s.organisations.map { "<a href=\"\(SitePath.record(.actors, .id($0.id)))\">\($0.name)</a>" as HTML }
            let organisations: HTML = linked.isEmpty ? .empty : "<p class=\"stage-actors\">\(L("Organisations at this stage:")) \(HTML.join(linked, separator: ", "))</p>"
            return """
            <li><a href="\(SitePath.part(.clusters, .id(d.clusterId), .chainStages, .id(s.id)))"><strong>\(s.name)</strong></a>\(s.actors.map { " — \($0)" } ?? "")
            \(organisations)\(bottlenecks.isEmpty ? .empty : "<ul class=\"bottlenecks\">\(bottlenecks)</ul>")</li>
            """
        }
        return "<ol class=\"chain\">\(items)</ol>"
    }

    /// Themes down, groups across; the last column says whether the groups agree.
    static func matrix(_ d: DiagnosticStudy) -> HTML {
        let m = PerceptionMatrix(d.perceptions.map(\.entry))
        guard !m.rows.isEmpty else { return "<p>\(L("No perceptions recorded yet."))</p>" }
        let ids = Dictionary(d.perceptions.map { ("\($0.entry.theme)|\($0.entry.group.rawValue)|\($0.entry.statement)", $0.id) }, uniquingKeysWith: { a, _ in a })
        let head = m.groups.map { "<th scope=\"col\">\($0.label)</th>" as HTML }
        let rows = m.rows.map { row -> HTML in
            let cells = m.groups.map { g -> HTML in
                let items = (row.byGroup[g] ?? []).map { e -> HTML in
                    let link = ids["\(e.theme)|\(e.group.rawValue)|\(e.statement)"].map { SitePath.part(.clusters, .id(d.clusterId), .perceptions, .id($0)).href } ?? "#"
                    return "<p><span class=\"tag sev-\(e.severity.rawValue)\">\(e.severity.label)</span> <a href=\"\(link)\">\(e.statement)</a></p>"
                }
                return "<td>\(items)</td>"
            }
            return "<tr><th scope=\"row\">\(row.theme)</th>\(cells)<td class=\"consensus \(row.consensus.rawValue)\">\(row.consensus.label)</td></tr>"
        }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Perceptions by stakeholder group"))"><table class="matrix"><thead><tr><th scope="col">\(L("Theme"))</th>\(head)<th scope="col">\(L("Agreement"))</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>
        """
    }
}
