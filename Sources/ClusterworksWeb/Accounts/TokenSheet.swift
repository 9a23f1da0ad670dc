import ClusterworksDomain
import Foundation

/// The reader's API tokens as their page shows them: never the secret, which is shown once when made.
struct TokenSheet: Sendable {
    struct Token: Sendable {
        let id: UUID
        let name: String
        let prefix: String
        let createdAt: Date?
        let lastUsedAt: Date?
        let revoked: Bool
    }

    let tokens: [Token]
    /// The token just made, shown this once.
    let newToken: String?
    let errors: ValidationErrors
    let csrf: String
}

/// The token page: how to send a token, the form to make one, and the reader's tokens. Pure.
enum TokenView {
    static func page(_ t: TokenSheet) -> HTML {
        let w = Wording.current
        let rows = t.tokens.map { k -> HTML in
            let state: HTML = k.revoked ? "\(L("Revoked"))" : """
            <form method="post" action="\(SitePath.revokeToken(.id(k.id)))">\(Layout.csrfField(token: t.csrf))<button class="secondary" type="submit">\(L("Revoke"))</button></form>
            """
            return "<tr><td>\(k.name)</td><td><code>\(k.prefix)…</code></td><td>\(k.createdAt.map(w.instant) ?? "")</td><td>\(k.lastUsedAt.map(w.instant) ?? L("Never").said)</td><td>\(state)</td></tr>"
        }
        let shown: HTML = t.newToken.map { """
        <div class="notice ok" role="status"><p>\(L("Your new token — copy it now, it will not be shown again:"))</p><code class="token">\($0)</code></div>
        """ } ?? .empty
        let nameErrors = t.errors.phrases(for: "name")
        return """
        <h1>\(L("API tokens"))</h1>
        <p>\(HTML.sentence(L("Send a token as \(Phrase.verbatim("Authorization: Bearer <token>")) to the API under \(Phrase.verbatim("/api/v1")) (\(L("OpenAPI document")))."),
                           wrap: [0: HTML.code, 1: HTML.code, 2: { "<a href=\"/api/v1/openapi.json\">\($0)</a>" }]))
        <a href="\(SitePath.password)">\(L("Change your password"))</a>.</p>
        \(shown)
        <form class="stack" method="post" action="\(SitePath.tokens)">\(Layout.csrfField(token: t.csrf))
        <div><label for="f-name">\(L("Token name"))</label><input id="f-name" name="name" required maxlength="100"\(nameErrors.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\" aria-describedby=\"f-name-err\""))>
        \(nameErrors.isEmpty ? .empty : "<p class=\"field-error\" id=\"f-name-err\">\(L("Name \(Phrase.list(nameErrors))."))</p>")</div>
        <div><button type="submit">\(L("Create token"))</button></div></form>
        <h2>\(L("Your tokens"))</h2>
        <table><thead><tr><th scope="col">\(L("Name"))</th><th scope="col">\(L("Starts with"))</th><th scope="col">\(L("Created"))</th><th scope="col">\(L("Last used"))</th><th scope="col">\(L("State"))</th></tr></thead>
        <tbody>\(rows.isEmpty ? "<tr><td colspan=\"5\">\(L("No tokens."))</td></tr>" : HTML.join(rows))</tbody></table>
        """
    }
}
