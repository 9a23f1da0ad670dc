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

    /// `refresh`: seconds after which the page reloads itself (work in progress), without script.
    static func page(_ title: Phrase, _ request: Request, body: HTML, refresh: Int? = nil) -> HTML {
        let signedIn = request.signedIn
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
        \(signedIn.map { nav($0, request) } ?? .empty)
        \(languageSwitch(request))
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
    private static func languageSwitch(_ request: Request) -> HTML {
        let current = Wording.current.language
        let back = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
        let buttons = Language.allCases.map { l -> HTML in
            l == current
                ? "<li><span lang=\"\(l.rawValue)\" aria-current=\"true\">\(l.label)</span></li>"
                : "<li><button type=\"submit\" name=\"language\" value=\"\(l.rawValue)\" lang=\"\(l.rawValue)\">\(l.label)</button></li>"
        }
        return """
        <form class="languages" method="post" action="\(SitePath.language)" aria-label="\(L("Language"))">\(request.signedIn == nil ? .empty : csrfField(request))<input type="hidden" name="back" value="\(back)"><ul>\(buttons)</ul></form>
        """
    }

    private static func nav(_ s: SignedIn, _ request: Request) -> HTML {
        let path = request.url.path
        let links = navigation.map { item -> HTML in
            let current = item.path == .home ? path == "/" : path.hasPrefix(item.path.href)
            return "<li><a href=\"\(item.path)\"\(current ? HTML(raw: " aria-current=\"page\"") : .empty)>\(item.label)</a></li>"
        }
        let admin: HTML = s.principal.role == .admin ? "<li><a href=\"\(SitePath.list(.adminUsers))\">\(L("Users"))</a></li>" : .empty
        return """
        <nav aria-label="\(L("Main"))"><ul>\(links)\(admin)<li><a href="\(SitePath.tokens)">\(L("API tokens"))</a></li></ul></nav>
        <form class="signout" method="post" action="\(SitePath.signOut)">
        \(csrfField(token: s.csrfToken))
        <span>\(s.user.name) · \(s.principal.role.label)</span> <button type="submit">\(L("Sign out"))</button>
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
