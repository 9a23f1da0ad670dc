import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// On a local institution's page: how far it has taken the brokering function over.
enum InstitutionSection {
    static func render(_ actor: ActorModel, _ req: Request) async throws -> HTML {
        guard actor.actorKind == .institution else { return .empty }
        return view(try await InstitutionTakeover.load(try actor.requireID(), today: req.today, on: req.db))
    }

    /// Pure.
    static func view(_ t: InstitutionTakeover) -> HTML {
        guard !t.isEmpty else { return .empty }
        let w = Wording.current
        let brokers = t.brokers.map { b -> HTML in
            "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.brokers, .id(b.brokerId)))\">\(b.name)</a></th><td>\(w.date(b.from))</td><td>\(b.to.map { Phrase.verbatim(w.date($0)) } ?? L("still employed"))</td></tr>"
        }
        let handovers = t.handovers.map { h -> HTML in
            let steps = h.steps.map { L("from \($0.from): institution \(number: $0.institutionShare) %").said }.joined(separator: "; ")
            return "<tr><th scope=\"row\"><a href=\"\(SitePath.record(.clusters, .id(h.clusterId)))\">\(h.cluster)</a></th><td>\(w.date(h.agreedOn))</td><td>\(w.date(h.takeoverOn))</td><td>\(steps.isEmpty ? "—" : steps)</td></tr>"
        }
        let fees = t.fees.map { f -> HTML in
            "<tr><th scope=\"row\">\(f.unit)</th><td class=\"num\">\(f.year)</td><td class=\"num\">\(f.invoiced.map(w.money) ?? "—")</td><td class=\"num\">\(f.paid.map(w.money) ?? "—")</td></tr>"
        }
        let cost = t.cost.years.map { y -> HTML in
            "<tr><th scope=\"row\">\(y.year)</th><td class=\"num\">\(w.money(y.total))</td><td class=\"num\">\(w.money(y.toOthers))</td><td class=\"num\">\(PlanPages.percent(y.projectShare.map { 1 - $0 }))</td></tr>"
        }
        func table(_ caption: Phrase, _ head: [Phrase], _ rows: [HTML]) -> HTML {
            guard !rows.isEmpty else { return .empty }
            return """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(caption)"><table><caption>\(caption)</caption>
            <thead><tr>\(HTML.join(head.map { "<th scope=\"col\">\($0)</th>" as HTML }))</tr></thead><tbody>\(HTML.join(rows))</tbody></table></div>
            """
        }
        return """
        <section aria-labelledby="takeover-h"><h2 id="takeover-h">\(L("Taking the brokering function over"))</h2>
        \(table(L("Brokers it employs"), [L("Broker"), L("From"), L("To")], brokers))
        \(table(L("Clusters handed over to it"), [L("Cluster"), L("Agreed on"), L("Takes over on"), L("Its share of the field broker's cost")], handovers))
        \(table(L("Fees of the linkage unit it hosts (USD)"), [L("Unit"), L("Year"), L("Invoiced"), L("Paid")], fees))
        \(table(L("Its brokers' cost by year (USD)"), [L("Year"), L("Cost"), L("Borne by the institution"), L("Institution's share")], cost))
        </section>
        """
    }
}
