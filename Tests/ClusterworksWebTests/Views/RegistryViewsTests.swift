import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Foundation
import Testing

/// A registry's list and form pages, and the parts of a record, drawn from their sheets without a database.
@Suite("Registry lists, record forms and parts as views of their sheets")
struct RegistryViewsTests {
    static let actor = UUID(uuidString: "0AC70000-0000-4000-8000-000000000001")!
    static let cluster = UUID(uuidString: "0B5E0000-0000-4000-8000-000000000001")!
    static let event = UUID(uuidString: "0E7E0000-0000-4000-8000-000000000001")!

    func say<T>(_ language: Language, _ draw: () -> T) -> T { Wording.$current.withValue(Wording(language: language), operation: draw) }

    /// Given the second page of actors, sorted by name, 30 of them, 25 a page.
    static func actors(sortedBy sort: String?) -> RegistryTable.Sheet {
        RegistryTable.Sheet(
            folder: .actors, plural: L("Actors"),
            columns: [.init(key: "name", label: L("Name"), sortable: true, numeric: false),
                      .init(key: "employees", label: L("Employees"), sortable: false, numeric: true)],
            rows: [.init(id: actor, title: .verbatim("Lácteos Boaco"), cells: ["Lácteos Boaco", "12"]),
                   .init(id: nil, title: .verbatim("?"), cells: ["", "3"])],
            request: ListRequest(page: 2, perPage: 25, search: "lác", sort: sort), page: 2, total: 30, perPage: 25)
    }

    @Test("a list sorted by name marks its heading, keeps the search in every link, and pages back in the reader's language")
    func list() {
        let es = say(.es) { RegistryListPage.render(Self.actors(sortedBy: "name"), newLabel: L("New \(L("actor"))")).raw }
        #expect(es.contains("<h1>Actores</h1>"))
        #expect(es.contains("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"/actors?q=l%C3%A1c&amp;sort=name&amp;dir=desc\">Nombre</a></th>"), "a second click reverses the order")
        #expect(es.contains("<th scope=\"col\">Empleados</th>"), "a column that cannot sort is a plain heading")
        #expect(es.contains("<td><a href=\"/actors/0ac70000-0000-4000-8000-000000000001\">Lácteos Boaco</a></td><td class=\"num\">12</td>"))
        #expect(es.contains("rel=\"prev\">Anterior</a>") && !es.contains("rel=\"next\""), "page 2 of 2 goes back, not on")
        #expect(es.contains("<span>26–30 de 30</span>"))
        #expect(es.contains("<div><a class=\"button secondary\" href=\"/actors/new\">Nuevo: actor</a></div>"), "who may create is offered the form")
    }

    @Test("who may not create is not offered the new record's form; an empty page says so")
    func nothing() {
        let empty = RegistryTable.Sheet(folder: .actors, plural: L("Actors"), columns: Self.actors(sortedBy: nil).columns, rows: [],
                                        request: ListRequest(), page: 1, total: 0, perPage: 25)
        let fr = say(.fr) { RegistryListPage.render(empty, newLabel: nil).raw }
        #expect(!fr.contains("/actors/new"))
        #expect(fr.contains("<td colspan=\"2\">Rien trouvé.</td>"))
        #expect(fr.contains("<span>0–0 sur 0</span>"))
    }

    static let nameRule = FieldRule("name", L("Name"), .text(maxLength: 200), required: true)

    @Test("a form sent back names what is wrong beside its field, keeps what was typed, and posts with the session's token")
    func form() {
        var errors = ValidationErrors()
        errors.add("name", L("is required"))
        let sheet = RecordFormSheet(title: L("New: \(L("actor"))"), action: .list(.actors), cancel: .list(.actors),
                                    form: FilledForm(controls: [.field(Self.nameRule, value: "", selected: [], options: []), .hidden(key: "projectId", value: "p1")],
                                                     errors: errors, token: "tok"))
        let fr = say(.fr) { RecordFormPage.render(sheet).raw }
        #expect(fr.contains("<p class=\"notice error\" role=\"alert\">Veuillez corriger les champs signalés ci-dessous.</p>"))
        #expect(fr.contains("<form class=\"stack\" method=\"post\" action=\"/actors\" novalidate>"))
        #expect(fr.contains("<input type=\"hidden\" name=\"_csrf\" value=\"tok\">"))
        #expect(fr.contains("<input type=\"hidden\" name=\"projectId\" value=\"p1\">"), "a field fixed by the page that linked here travels hidden")
        #expect(fr.contains("aria-invalid=\"true\""))
        #expect(fr.contains("<a href=\"/actors\">Annuler</a>"))
    }

    static func events(_ rows: [PartTable.Row]) -> PartTable {
        PartTable(singular: L("event"), plural: L("Events"), columns: [L("Date")], rows: rows)
    }

    @Test("a kind of part lists its parts linked to their pages; with none, it says so; the add form only for who may")
    func partList() {
        let row = PartTable.Row(path: .part(.clusters, .id(Self.cluster), .events, .id(Self.event)), title: .verbatim("Feria láctea"), cells: ["3 mar 2001"])
        let full = PartListSheet(nav: "<nav></nav>", plural: L("Events"), intro: "<figure></figure>", table: Self.events([row]), addForm: nil)
        let es = say(.es) { PartView.list(full).raw }
        #expect(es.contains("<td><a href=\"/clusters/0b5e0000-0000-4000-8000-000000000001/events/0e7e0000-0000-4000-8000-000000000001\">Feria láctea</a></td><td>3 mar 2001</td>"))
        #expect(es.range(of: "<figure>")!.lowerBound < es.range(of: "<table>")!.lowerBound, "what the kind shows comes above its list")
        #expect(!es.contains("<form"), "who may not change the cluster sees no form")
        let form = PartForm(folder: .events, singular: L("event"), action: .parts(.clusters, .id(Self.cluster), .events), form: FilledForm(controls: [], errors: .init(), token: "tok"))
        let empty = say(.es) { PartView.list(PartListSheet(nav: .empty, plural: L("Events"), intro: .empty, table: Self.events([]), addForm: form)).raw }
        #expect(empty.contains("<td colspan=\"2\">Aún no hay nada registrado.</td>"))
        #expect(empty.contains("<form class=\"stack\" method=\"post\" action=\"/clusters/0b5e0000-0000-4000-8000-000000000001/events\" novalidate>"))
    }

    func part(_ editing: PartSheet.Editing) -> PartSheet {
        PartSheet(nav: .empty, list: .parts(.clusters, .id(Self.cluster), .events), plural: L("Events"), singular: L("event"), title: .verbatim("Feria láctea"),
                  fields: [.init(label: L("Name"), value: "Feria láctea")], detail: .empty, editing: editing, history: RecordHistory(entries: []))
    }

    @Test("a part that can no longer change says why; one the reader may change offers its form and, when deletable, its delete button")
    func partPage() {
        let frozen = say(.es) { PartView.page(part(.frozen(L("belongs to a validated diagnostic")))).raw }
        #expect(frozen.contains("<p class=\"notice\">"))
        #expect(!frozen.contains("<form"))
        let delete = SitePath.deletePart(.clusters, .id(Self.cluster), .events, .id(Self.event))
        let open = say(.fr) { PartView.page(part(.form(FilledForm(controls: [], errors: .init(), token: "tok"), action: .part(.clusters, .id(Self.cluster), .events, .id(Self.event)), delete: delete))).raw }
        #expect(open.contains("<summary>Modifier : événement</summary>"))
        #expect(open.contains("action=\"/clusters/0b5e0000-0000-4000-8000-000000000001/events/0e7e0000-0000-4000-8000-000000000001/delete\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\">"))
        #expect(open.contains("<h2 id=\"history-h\">Historique</h2>"))
        let kept = say(.fr) { PartView.page(part(.form(FilledForm(controls: [], errors: .init(), token: "tok"), action: .list(.events), delete: nil))).raw }
        #expect(!kept.contains("/delete"), "parts that are history are never deleted")
    }
}
