import ClusterworksDomain
@testable import ClusterworksWeb
import Foundation
import Testing

/// The page shell, drawn from what it needs of the request without a server.
@Suite("The page shell as a view of its reader and address")
struct LayoutTests {
    func page(_ language: Language, _ shell: Layout.Shell) -> String {
        Wording.$current.withValue(Wording(language: language)) { Layout.render(L("Clusters"), shell, body: "<p>body</p>").raw }
    }

    static let admin = Layout.Shell.Reader(name: "Ana", role: .verbatim("Administradora"), isAdmin: true, token: "tok")

    @Test("a signed-in admin reading the clusters sees the section marked current, the users' page, and forms carrying the session's token")
    func signedIn() {
        let es = page(.es, Layout.Shell(reader: Self.admin, path: "/clusters", query: "q=boaco"))
        #expect(es.hasPrefix("<!doctype html>\n<html lang=\"es\">"))
        #expect(es.contains("<li><a href=\"/clusters\" aria-current=\"page\">Clústeres</a></li>"))
        #expect(es.contains("href=\"/admin/users\""))
        #expect(es.contains("<input type=\"hidden\" name=\"back\" value=\"/clusters?q=boaco\">"), "switching language comes back to the same address")
        #expect(es.components(separatedBy: "name=\"_csrf\" value=\"tok\"").count == 3, "the language switch and sign-out both carry the token")
        #expect(es.contains("<li><span lang=\"es\" aria-current=\"true\">Español</span></li>"))
        #expect(!page(.es, Layout.Shell(reader: .init(name: "Broker", role: .verbatim("Broker"), isAdmin: false, token: "t"), path: "/")).contains("/admin/users"))
    }

    @Test("a reader not signed in gets the page, its language switch without a token, and no navigation")
    func anonymous() {
        let fr = page(.fr, Layout.Shell(reader: nil, path: "/sign-in"))
        #expect(fr.contains("<html lang=\"fr\">"))
        #expect(!fr.contains("<nav aria-label"))
        #expect(!fr.contains("_csrf"))
        #expect(fr.contains("<main id=\"main\">\n<p>body</p>\n</main>"))
    }
}
