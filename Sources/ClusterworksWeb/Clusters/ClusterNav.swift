import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// The links between a cluster's pages, shown at the top of each.
enum ClusterNav {
    static let sections: [(path: String, label: Phrase)] = [
        ("diagnostics", L("Diagnostic")), ("linkages", L("Linkages")), ("events", L("Events")), ("plan", L("Action plan")),
        ("actions", L("Actions")), ("contributions", L("Cost sharing")), ("reviews", L("Reviews")), ("results", L("Results")), ("handover", L("Handover")),
        ("network-analysis", L("Network analysis")),
    ]

    static func header(owner: Phrase, ownerPath: String, current: String, crumbs: Bool = true) -> HTML {
        SectionNav.render(sections, list: ("/clusters", L("Clusters")), owner: owner, ownerPath: ownerPath, current: current,
                          label: L("Cluster sections"), crumbs: crumbs)
    }
}
