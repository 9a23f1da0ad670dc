import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A kind of part as a table: each part linked to its page, its columns as the reader reads them.
struct PartTable: Sendable {
    struct Row: Sendable {
        let path: SitePath
        let title: Phrase
        let cells: [HTML]
    }

    let singular: Phrase
    let plural: Phrase
    let columns: [Phrase]
    let rows: [Row]
}

/// The form that adds a part to its owner, filled.
struct PartForm: Sendable {
    let folder: Folder
    let singular: Phrase
    let action: SitePath
    let form: FilledForm
}

/// A kind of part's page under its owner, loaded once: the owner's navigation, what the kind shows
/// above its list (drawn by its own view), the table, and the form to add one when the reader may.
struct PartListSheet: Sendable {
    let nav: HTML
    let plural: Phrase
    let intro: HTML
    let table: PartTable
    let addForm: PartForm?
}

/// One part's page, loaded once: its fields, what its kind adds below them, how the reader may
/// change it, and its history.
struct PartSheet: Sendable {
    enum Editing: Sendable {
        /// The reader may not change it.
        case none
        /// It can no longer change, and why.
        case frozen(Phrase)
        /// The form to change it; `delete` where it may be deleted.
        case form(FilledForm, action: SitePath, delete: SitePath?)
    }

    let nav: HTML
    let list: SitePath
    let plural: Phrase
    let singular: Phrase
    let title: Phrase
    let fields: [RecordSheet.Field]
    let detail: HTML
    let editing: Editing
    let history: RecordHistory
}
