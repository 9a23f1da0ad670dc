import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

/// A registry's record page, drawn from its sheet without a database.
@Suite("A record's page as a view of its sheet")
struct RecordPageTests {
    static let actor = UUID(uuidString: "0AC70000-0000-4000-8000-000000000001")!

    /// Given an enterprise of Boaco with two fields, seen by someone who may edit it and, or not, delete it.
    static func sheet(mayDelete: Bool) -> RecordSheet {
        RecordSheet(folder: .actors, id: actor, plural: L("Actors"), title: .verbatim("Lácteos Boaco"),
                    fields: [.init(label: L("Name"), value: "Lácteos Boaco"), .init(label: L("Employees"), value: "12")],
                    leading: .empty, related: "<section id=\"related\"></section>", history: history,
                    mayEdit: true, deleteToken: mayDelete ? "tok" : nil)
    }

    /// One change by a broker, on 9 September 2001 at 01:46 UTC.
    static let history = RecordHistory(entries: [
        .init(action: "update", userName: "broker@example.org", at: Date(timeIntervalSince1970: 1_000_000_000),
              changes: [.init(label: L("Employees"), old: "10", new: "12")]),
    ])

    func page(_ language: Language, mayDelete: Bool) -> String {
        Wording.$current.withValue(Wording(language: language)) { RecordPage.render(Self.sheet(mayDelete: mayDelete)).raw }
    }

    @Test("the page leads back to its list, names the record and lists its fields in the schema's order, in the reader's language")
    func fields() {
        let es = page(.es, mayDelete: false)
        #expect(es.contains("<p><a href=\"/actors\">Actores</a></p>\n<h1>Lácteos Boaco</h1>"))
        #expect(es.contains("<dl class=\"record\"><dt>Nombre</dt><dd>Lácteos Boaco</dd><dt>Empleados</dt><dd>12</dd></dl>"))
        #expect(es.range(of: "id=\"related\"")!.lowerBound < es.range(of: "class=\"history\"")!.lowerBound, "what belongs to it comes before its history")
    }

    @Test("edit is offered to who may edit; delete only to who may delete, with the form's token")
    func rights() {
        #expect(page(.en, mayDelete: false).contains("href=\"/actors/0ac70000-0000-4000-8000-000000000001/edit\""))
        #expect(!page(.en, mayDelete: false).contains("/delete"))
        #expect(page(.fr, mayDelete: true).contains("action=\"/actors/0ac70000-0000-4000-8000-000000000001/delete\"><input type=\"hidden\" name=\"_csrf\" value=\"tok\"><button class=\"danger\" type=\"submit\">Supprimer</button>"))
    }

    @Test("the history names the change, who made it and when, the instant written as the reader's locale writes it")
    func history() {
        let es = page(.es, mayDelete: false)
        #expect(es.contains("<h2 id=\"history-h\">Historial</h2>"))
        #expect(es.contains("<strong>Modificado</strong>"))
        #expect(es.contains("<time datetime=\"2001-09-09T01:46:40Z\">9 sept 2001, 1:46\u{202F}a.m. UTC</time>"), "machine-readable in the attribute, the reader's format in the text")
        #expect(es.contains("<li>Empleados: 10 → 12</li>"))
        #expect(page(.en, mayDelete: false).contains(">9 Sep 2001 at 1:46 UTC</time>"))
        #expect(page(.fr, mayDelete: false).contains(">9 sept. 2001 à 1:46 UTC</time>"))
    }
}
