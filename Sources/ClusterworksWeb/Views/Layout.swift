import ClusterworksWorkflows
import Vapor

/// The page shell: one stylesheet, no script (the upload form adds a progress bar), a skip link and landmarks for screen readers.
enum Layout {
    static let navigation: [(path: String, label: String)] = [
        ("/", "Portfolio"), ("/projects", "Projects"), ("/clusters", "Clusters"), ("/programme/clusters", "Cluster overview"),
        ("/networks", "Networks"), ("/net/targets", "NET"), ("/programme/linkages", "Supplier development"), ("/cluster-maps", "Cluster mapping"), ("/programme/results", "Results"), ("/indicators", "Indicators"),
        ("/programme/brokers", "Brokers"), ("/cooperation", "Cooperation"), ("/learning", "Joint learning"),
        ("/actors", "Actors"), ("/persons", "Persons"), ("/countries", "Countries"),
    ]

    /// `refresh`: seconds after which the page reloads itself (work in progress), without script.
    static func page(_ title: String, _ request: Request, body: HTML, refresh: Int? = nil) -> HTML {
        let signedIn = request.signedIn
        let lang = signedIn?.user.userLanguage.rawValue ?? "en"
        return """
        <!doctype html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Clusterworks</title>
        <link rel="stylesheet" href="/static/app.css">\(refresh.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" as HTML } ?? .empty)
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <a class="brand" href="/">Clusterworks</a>
        \(signedIn.map { nav($0, request) } ?? .empty)
        </header>
        <main id="main">
        \(body)
        </main>
        <footer class="foot"><p>Clusterworks — clusters and networks of SMEs. Map data: Natural Earth (public domain).</p></footer>
        </body>
        </html>
        """
    }

    private static func nav(_ s: SignedIn, _ request: Request) -> HTML {
        let path = request.url.path
        let links = navigation.map { item -> HTML in
            let current = item.path == "/" ? path == "/" : path.hasPrefix(item.path)
            return "<li><a href=\"\(item.path)\"\(current ? HTML(raw: " aria-current=\"page\"") : .empty)>\(item.label)</a></li>"
        }
        let admin: HTML = s.principal.role == .admin ? "<li><a href=\"/admin/users\">Users</a></li>" : .empty
        return """
        <nav aria-label="Main"><ul>\(links)\(admin)<li><a href="/account/tokens">API tokens</a></li></ul></nav>
        <form class="signout" method="post" action="/sign-out">
        <input type="hidden" name="_csrf" value="\(s.csrfToken)">
        <span>\(s.user.name) · \(s.principal.role.label)</span> <button type="submit">Sign out</button>
        </form>
        """
    }

    static func csrfField(_ request: Request) -> HTML {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(request.signedIn?.csrfToken ?? "")\">"
    }
}

enum ErrorPage {
    static func render(status: HTTPResponseStatus, message: String, request: Request) -> HTML {
        Layout.page("\(status.code) \(status.reasonPhrase)", request, body: """
        <h1>\(String(status.code)) · \(status.reasonPhrase)</h1>
        <p class="notice error">\(message)</p>
        <p><a href="/">Back to the portfolio</a></p>
        """)
    }
}
