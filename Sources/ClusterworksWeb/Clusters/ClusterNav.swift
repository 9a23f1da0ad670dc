import Vapor

/// The links between a cluster's pages, shown at the top of each.
enum ClusterNav {
    static let sections: [(path: String, label: String)] = [
        ("diagnostics", "Diagnostic"), ("linkages", "Linkages"), ("events", "Events"), ("plan", "Action plan"),
        ("actions", "Actions"), ("contributions", "Cost sharing"), ("reviews", "Reviews"), ("results", "Results"), ("handover", "Handover"),
    ]

    static func header(owner: String, ownerPath: String, current: String, crumbs: Bool = true) -> HTML {
        let items = sections.map { s -> HTML in
            s.path == current ? "<li><a href=\"\(ownerPath)/\(s.path)\" aria-current=\"page\">\(s.label)</a></li>"
                              : "<li><a href=\"\(ownerPath)/\(s.path)\">\(s.label)</a></li>"
        }
        let trail: HTML = crumbs ? "<p class=\"crumbs\"><a href=\"/clusters\">Clusters</a> › <a href=\"\(ownerPath)\">\(owner)</a></p>" : .empty
        return """
        \(trail)
        <nav class="subnav" aria-label="Cluster sections"><ul>\(items)</ul></nav>
        """
    }
}
