import ClusterworksDomain

/// The sign-in form and the form to change one's password. Pure.
enum SignInView {
    /// `next`: the local path to go on to; `message`: why the last attempt was refused.
    static func signIn(token: String, next: String, email: String, message: Phrase?) -> HTML {
        """
        <h1>\(L("Sign in"))</h1>
        \(message.map { "<p class=\"notice error\" role=\"alert\">\($0)</p>" } ?? .empty)
        <form class="stack" method="post" action="\(SitePath.signIn)">
        \(Layout.csrfField(token: token))
        <input type="hidden" name="next" value="\(next)">
        <div><label for="email">\(L("E-mail"))</label><input id="email" name="email" type="email" autocomplete="username" required value="\(email)"></div>
        <div><label for="password">\(L("Password"))</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
        <div><button type="submit">\(L("Sign in"))</button></div>
        </form>
        """
    }

    /// `done`: the password was just changed (other sessions and tokens are gone).
    static func password(token: String, errors: ValidationErrors, done: Bool) -> HTML {
        """
        <h1>\(L("Change password"))</h1>
        \(done ? "<p class=\"notice ok\" role=\"status\">\(L("Your password was changed. Other sessions were signed out and your API tokens were revoked:")) <a href=\"\(SitePath.tokens)\">\(L("create new ones"))</a> \(L("for the programs that use the API."))</p>" : .empty)
        <form class="stack" method="post" action="\(SitePath.password)">
        \(Layout.csrfField(token: token))
        \(FormField.password("current", L("Current password"), errors, autocomplete: "current-password"))
        \(FormField.password("new", L("New password (at least \(PasswordPolicy.minimumLength) characters)"), errors, autocomplete: "new-password"))
        <div><button type="submit">\(L("Change password"))</button></div>
        </form>
        """
    }
}
