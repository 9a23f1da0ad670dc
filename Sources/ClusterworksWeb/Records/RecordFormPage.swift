import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A record's form as loaded: its controls filled, where it posts, where cancel goes, what was wrong.
struct RecordFormSheet: Sendable {
    let title: Phrase
    let action: SitePath
    let cancel: SitePath
    let form: FilledForm
}

/// The page to create or change a registry's record. Pure.
enum RecordFormPage {
    static func render(_ f: RecordFormSheet) -> HTML {
        """
        <h1>\(f.title)</h1>
        \(f.form.notice)
        <form class="stack" method="post" action="\(f.action)" novalidate>
        \(f.form.fields)
        <div><button type="submit">\(L("Save"))</button> <a href="\(f.cancel)">\(L("Cancel"))</a></div>
        </form>
        """
    }

    /// Above a form sent back: what is wrong with the record as a whole, else a pointer to the fields.
    static func errorNotice(_ errors: ValidationErrors) -> HTML {
        guard !errors.isEmpty else { return .empty }
        let general = errors.fields.filter { $0.key == "id" || $0.key == "status" }.flatMap(\.value)
        return "<p class=\"notice error\" role=\"alert\">\(general.isEmpty ? L("Please correct the fields marked below.") : Phrase.list(general, separator: " "))</p>"
    }
}
