import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// On a cluster's page: the clusters it cooperates with, and what they did together.
enum CooperationSection {
    static func partners(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID()
        return render(id, try await CooperationLink.load(cluster: id, on: req.db))
    }

    /// The cluster's agreements with its partners, each partner named and placed. Pure.
    static func render(_ id: UUID, _ links: [CooperationLink]) -> HTML {
        let rows = links.map { l -> HTML in
            let partner = l.from.id == id ? l.to : l.from
            return "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.clusters, .id(partner.id)))\">\(partner.name)</a></th><td>\(partner.inProgramme ? .verbatim(partner.country) : L("\(partner.country), outside the programme"))</td><td><a href=\"\(SitePath.record(.cooperation, .id(l.agreementId)))\">\(l.title)</a></td><td>\(l.endsOn.map { L("\(date: l.startsOn) to \(date: $0)") } ?? L("from \(date: l.startsOn)"))</td><td class=\"num\">\(l.activities)</td></tr>"
        }
        return """
        <section aria-labelledby="partners-h"><h2 id="partners-h">\(L("Cooperation with other clusters"))</h2>
        \(rows.isEmpty ? ("<p>\(L("No cooperation agreement yet."))</p>" as HTML) : """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Partner clusters"))"><table><caption class="sr-only">\(L("Partner clusters"))</caption>
        <thead><tr><th scope="col">\(L("Partner cluster"))</th><th scope="col">\(L("Country"))</th><th scope="col">\(L("Agreement"))</th><th scope="col">\(L("Dates"))</th><th scope="col">\(L("Activities"))</th></tr></thead>
        <tbody>\(HTML.join(rows))</tbody></table></div>
        """)
        <p><a href="\(SitePath.new(.cooperation).href([("clusterId", id.lowercasedText)]))">\(L("Add a cooperation agreement"))</a></p></section>
        """
    }
}
