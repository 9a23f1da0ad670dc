import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// The page shell: one stylesheet, no script (the upload form adds a progress bar), a skip link and landmarks for screen readers.
enum Layout {
    static let navigation: [(path: SitePath, label: Phrase)] = [
        (.home, L("Portfolio")), (.list(.projects), L("Projects")), (.list(.clusters), L("Clusters")), (.programme(.clusters), L("Cluster overview")),
        (.list(.networks), L("Networks")), (.net(.targets), L("NET")), (.programme(.linkages), L("Supplier development")), (.clusterMaps, L("Cluster mapping")),
        (.programme(.results), L("Results")), (.list(.indicators), L("Indicators")),
        (.programme(.brokers), L("Brokers")), (.list(.cooperation), L("Cooperation")), (.list(.learning), L("Joint learning")),
        (.list(.actors), L("Actors")), (.list(.persons), L("Persons")), (.list(.countries), L("Countries")),
    ]

    /// What the shell needs of the request: who reads (name, role, whether admin, the form token),
    /// and the address to come back to after switching language.
    struct Shell: Sendable {
        struct Reader: Sendable {
            let name: String
            let role: Phrase
            let isAdmin: Bool
            let token: String
        }

        let reader: Reader?
        let path: String
        let query: String?

        init(reader: Reader?, path: String, query: String? = nil) { (self.reader, self.path, self.query) = (reader, path, query) }

        init(_ request: Request) {
            self.init(reader: request.signedIn.map { Reader(name: $0.user.name, role: $0.principal.role.label, isAdmin: $0.principal.role == .admin, token: $0.csrfToken) },
                      path: request.url.path, query: request.url.query)
        }
    }

    /// `refresh`: seconds after which the page reloads itself (work in progress), without script.
    static func page(_ title: Phrase, _ request: Request, body: HTML, refresh: Int? = nil) -> HTML {
        render(title, Shell(request), body: body, refresh: refresh)
    }

    /// The page around its body. Pure.
    static func render(_ title: Phrase, _ shell: Shell, body: HTML, refresh: Int? = nil) -> HTML {
        let lang = Wording.current.language.rawValue
        return """
        <!doctype html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Clusterworks</title>
        <link rel="stylesheet" href="\(SitePath.asset(.stylesheet))">\(refresh.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" as HTML } ?? .empty)
        </head>
        <body>
        <a class="skip" href="#main">\(L("Skip to content"))</a>
        <header class="top">
        <a class="brand" href="\(SitePath.home)">Clusterworks</a>
        \(shell.reader.map { nav($0, path: shell.path) } ?? .empty)
        \(languageSwitch(shell))
        </header>
        <main id="main">
        \(body)
        </main>
        <footer class="foot"><p>\(L("Clusterworks — clusters and networks of SMEs. Map data: Natural Earth (public domain)."))</p></footer>
        </body>
        </html>
        """
    }

    /// Every page offers the three languages; the form works without script (a button per language).
    private static func languageSwitch(_ shell: Shell) -> HTML {
        let current = Wording.current.language
        let back = shell.path + (shell.query.map { "?" + $0 } ?? "")
        let buttons = Language.allCases.map { l -> HTML in
            l == current
                ? "<li><span lang=\"\(l.rawValue)\" aria-current=\"true\">\(l.label)</span></li>"
                : "<li><button type=\"submit\" name=\"language\" value=\"\(l.rawValue)\" lang=\"\(l.rawValue)\">\(l.label)</button></li>"
        }
        return """
        <form class="languages" method="post" action="\(SitePath.language)" aria-label="\(L("Language"))">\(shell.reader.map { csrfField(token: $0.token) } ?? .empty)<input type="hidden" name="back" value="\(back)"><ul>\(buttons)</ul></form>
        """
    }

    private static func nav(_ reader: Shell.Reader, path: String) -> HTML {
        let links = navigation.map { item -> HTML in
            let current = item.path == .home ? path == "/" : path.hasPrefix(item.path.href)
            return "<li><a href=\"\(item.path)\"\(current ? HTML(raw: " aria-current=\"page\"") : .empty)>\(item.label)</a></li>"
        }
        let admin: HTML = reader.isAdmin ? "<li><a href=\"\(SitePath.list(.adminUsers))\">\(L("Users"))</a></li>" : .empty
        return """
        <nav aria-label="\(L("Main"))"><ul>\(links)\(admin)<li><a href="\(SitePath.tokens)">\(L("API tokens"))</a></li></ul></nav>
        <form class="signout" method="post" action="\(SitePath.signOut)">
        \(csrfField(token: reader.token))
        <span>\(reader.name) · \(reader.role)</span> <button type="submit">\(L("Sign out"))</button>
        </form>
        """
    }

    static func csrfField(_ request: Request) -> HTML {
        csrfField(token: request.signedIn?.csrfToken ?? "")
    }

    /// The session's token a form posts back, for views drawn without the request.
    static func csrfField(token: String) -> HTML {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(token)\">"
    }
}

enum ErrorPage {
    /// The statuses a reader meets, named in their language; others keep HTTP's English name.
    static func statusName(_ status: HTTPResponseStatus) -> Phrase {
        switch status.code {
        case 400: L("Bad request")
        case 401: L("Not signed in")
        case 403: L("Forbidden")
        case 404: L("Not found")
        case 405: L("Method not allowed")
        case 409: L("Conflict")
        case 413: L("Too large")
        case 422: L("Not valid")
        case 429: L("Too many requests")
        case 500: L("Server error")
        case 503: L("Unavailable")
        default: .verbatim(status.reasonPhrase)
        }
    }

    static func render(status: HTTPResponseStatus, message: String, request: Request) -> HTML {
        let name = statusName(status)
        return Layout.page(.verbatim("\(status.code) \(name.said)"), request, body: """
        <h1>\(String(status.code)) · \(name)</h1>
        <p class="notice error">\(message)</p>
        <p><a href="\(SitePath.home)">\(L("Back to the portfolio"))</a></p>
        """)
    }
}
