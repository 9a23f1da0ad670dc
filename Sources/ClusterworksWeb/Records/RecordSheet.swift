import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// A record's page in its registry, loaded once: its fields as the reader reads them, what its registry
/// shows above and below them (drawn by their own views), its history, and what the reader may do.
/// `RecordPage` draws it without a database.
struct RecordSheet: Sendable {
    struct Field: Sendable {
        let label: Phrase
        let value: HTML
    }

    let folder: Folder
    let id: UUID
    let plural: Phrase
    let title: Phrase
    let fields: [Field]
    let leading: HTML
    let related: HTML
    let history: RecordHistory
    let mayEdit: Bool
    /// The form's token when the reader may delete the record; nil when they may not.
    let deleteToken: String?

    static func load<M: SchemaRecord>(_ record: M, _ registry: Registry<M>, _ req: Request) async throws -> RecordSheet {
        let s = try req.requireSignedIn()
        let id = try record.requireID()
        return RecordSheet(
            folder: registry.folder, id: id, plural: registry.plural, title: record.title,
            fields: try await RecordView.fields(record.values, M.recordSchema, on: req.db),
            leading: try await registry.leading(record, req), related: try await registry.related(record, req),
            history: try await RecordHistory.load(of: id, schema: registry.schema, on: req.db),
            mayEdit: try await registry.canEdit(s, record, on: req.db),
            deleteToken: try await registry.canDelete(s, record, on: req.db) ? s.csrfToken : nil)
    }
}

/// A registry's record page: back to its list, its name, what the reader may do, what its registry
/// leads with, its fields, what belongs to it, and its history. Pure.
enum RecordPage {
    static func render(_ r: RecordSheet) -> HTML {
        let id = Slot.id(r.id)
        let actions: HTML = """
        <div class="actions">
        \(r.mayEdit ? "<a class=\"button\" href=\"\(SitePath.edit(r.folder, id))\">\(L("Edit"))</a>" : .empty)
        \(r.deleteToken.map { token in """
        <form method="post" action="\(SitePath.delete(r.folder, id))">\(Layout.csrfField(token: token))<button class="danger" type="submit">\(L("Delete"))</button></form>
        """ } ?? .empty)
        </div>
        """
        return """
        <p><a href="\(SitePath.list(r.folder))">\(r.plural)</a></p>
        <h1>\(r.title)</h1>
        \(actions)
        \(r.leading)
        \(RecordView.definitionList(r.fields))
        \(r.related)
        \(HistoryView.render(r.history))
        """
    }
}
