import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// The admin's pages of users: a user's form with their assignments and history. Pure.
enum UserView {
    static func page(_ u: UserSheet) -> HTML {
        let action = u.existing.map { SitePath.record(.adminUsers, .id($0.id)) } ?? .list(.adminUsers)
        let password: HTML = u.existing == nil
            ? FormField.password("password", L("Initial password (at least \(PasswordPolicy.minimumLength) characters)"), u.form.errors, autocomplete: "new-password") : .empty
        return """
        <p><a href="\(SitePath.list(.adminUsers))">\(L("Users"))</a></p><h1>\(u.title)</h1>
        \(u.form.notice)
        <form class="stack" method="post" action="\(action)" novalidate>\(u.form.fields)\(password)
        <div><button type="submit">\(L("Save"))</button></div></form>
        \(u.existing.map { assignments($0, token: u.form.token) } ?? .empty)\(u.existing.map { HistoryView.render($0.history) } ?? .empty)
        """
    }

    static func assignments(_ e: UserSheet.Existing, token: String) -> HTML {
        let items = e.assignments.map { a -> HTML in
            let name: HTML = RecordPaths.folder(a.kind.recordType).map { "<a href=\"\(SitePath.record($0, .id(a.scopeId)))\">\(a.title)</a>" } ?? "\(a.title)"
            return """
            <li>\(a.kind.label): \(name)
            <form method="post" action="\(SitePath.deleteUserAssignment(.id(e.id), .id(a.id)))">\(Layout.csrfField(token: token))<button class="secondary" type="submit">\(L("Remove"))</button></form></li>
            """
        }
        let options = e.choices.map { "<option value=\"\($0.value)\">\($0.kind.label): \($0.label)</option>" as HTML }
        return """
        <section><h2>\(L("Assignments"))</h2><p>\(L("Assignments give edit rights on a project, a cluster or a network and what it contains."))</p>
        \(items.isEmpty ? ("<p>\(L("None."))</p>" as HTML) : "<ul>\(items)</ul>")
        <form class="stack" method="post" action="\(SitePath.userAssignments(.adminUsers, .id(e.id)))">\(Layout.csrfField(token: token))
        <div><label for="f-scope">\(L("Assign to"))</label><select id="f-scope" name="scope" required>\(options)</select></div>
        <div><button type="submit">\(L("Assign"))</button></div></form></section>
        """
    }
}
