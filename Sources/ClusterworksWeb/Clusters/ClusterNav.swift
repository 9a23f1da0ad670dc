import ClusterworksWorkflows
import Vapor

/// The links between a cluster's pages, shown at the top of each.
enum ClusterNav {
    static let sections: [(path: String, label: String)] = [
        ("diagnostics", "Diagnostic"), ("linkages", "Linkages"), ("events", "Events"), ("plan", "Action plan"),
        ("actions", "Actions"), ("contributions", "Cost sharing"), ("reviews", "Reviews"), ("results", "Results"), ("handover", "Handover"),
        ("network-analysis", "Network analysis"),
    ]

    static func header(owner: String, ownerPath: String, current: String, crumbs: Bool = true) -> HTML {
        SectionNav.render(sections, list: ("/clusters", "Clusters"), owner: owner, ownerPath: ownerPath, current: current,
                          label: "Cluster sections", crumbs: crumbs)
    }
}
