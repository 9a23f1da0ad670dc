import ClusterworksDomain

/// A section of a page holding one form: its heading and hint, what was wrong, the controls, one
/// button. Loaded by the page, drawn without a database.
struct FormSection: Sendable {
    /// The heading's id, for the section's label.
    let id: String
    let heading: Phrase
    let hint: Phrase?
    let action: SitePath
    let form: FilledForm
    let submit: Phrase

    /// Pure.
    static func render(_ f: FormSection) -> HTML {
        """
        <section aria-labelledby="\(f.id)"><h2 id="\(f.id)">\(f.heading)</h2>
        \(f.hint.map { "<p class=\"hint\">\($0)</p>" as HTML } ?? .empty)
        \(f.form.notice)
        <form class="stack" method="post" action="\(f.action)" novalidate>\(f.form.fields)
        <div><button type="submit">\(f.submit)</button></div></form></section>
        """
    }
}
