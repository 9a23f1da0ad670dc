import ClusterworksDomain
import ClusterworksWorkflows
import Foundation

/// The links between a cluster's pages, shown at the top of each.
enum ClusterNav {
    static let sections: [NavSection] = [
        .part(.diagnostics, L("Diagnostic")), .part(.linkages, L("Linkages")), .part(.events, L("Events")), .part(.plan, L("Action plan")),
        .part(.actions, L("Actions")), .part(.contributions, L("Cost sharing")), .part(.reviews, L("Reviews")), .part(.results, L("Results")),
        .part(.handover, L("Handover")),
        NavSection(key: "network-analysis", label: L("Network analysis")) { _, id in .cluster(.id(id), .networkAnalysis) },
    ]

    static func header(owner: Phrase, id: UUID, current: String, crumbs: Bool = true) -> HTML {
        SectionNav.render(sections, list: (.clusters, L("Clusters")), owner: owner, id: id, current: current,
                          label: L("Cluster sections"), crumbs: crumbs)
    }
}
