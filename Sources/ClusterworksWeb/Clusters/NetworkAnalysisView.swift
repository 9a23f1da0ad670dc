import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// Where a cluster's network analysis stands when its page is read: ready (its page in the reader's
/// language, drawn by the worker), failed (and why), or waiting (since when, at which step).
struct NetworkAnalysisSheet: Sendable {
    let clusterId: UUID
    let clusterName: String
    let state: NetworkAnalysisModel.Status
    /// The kept page in the reader's language, when ready.
    let page: String?
    let failure: String?
    let step: Phrase?
    let requestedAt: Date
}

/// The network analysis page: the cluster's navigation, what is analysed, and the analysis or its state. Pure.
enum NetworkAnalysisView {
    static func page(_ s: NetworkAnalysisSheet) -> HTML {
        """
        \(ClusterNav.header(owner: .verbatim(s.clusterName), id: s.clusterId, current: "network-analysis"))
        <h1>\(L("Network analysis"))</h1>
        <p class="hint">\(L("Existing ties and ties to strengthen, as the map of linkages stands today; missing ties and conflicts are left out. Organisations that took part in the cluster's events without any tie appear as isolated."))</p>
        \(state(s))
        """
    }

    static func state(_ s: NetworkAnalysisSheet) -> HTML {
        switch s.state {
        case .ready: return "<div data-analysis=\"ready\">\(HTML(raw: s.page ?? ""))</div>"
        case .failed: return "<div data-analysis=\"failed\" class=\"notice error\" role=\"alert\"><p>\(L("The analysis could not be computed: \(s.failure ?? "?"). Change the map of linkages to try again."))</p></div>"
        case .queued, .running:
            return """
            <div data-analysis="pending" class="notice" role="status"><p>\(s.step.map { L("The analysis of this map is being computed: \($0)…") } ?? L("The analysis of this map is being computed (waiting for a worker)…"))
            \(L("Since \(Wording.current.instant(s.requestedAt)). This page reloads itself until it is ready; a large map (thousands of actors) takes up to a minute."))</p></div>
            """
        }
    }
}
