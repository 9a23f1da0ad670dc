import ClusterworksDomain
import Foundation

/// What supplier development has achieved, network by network, with the programme's totals.
struct LinkageSummary: Sendable {
    struct Row: Sendable {
        let networkId: UUID
        let name: String
        let phase: Phrase
        let figures: LinkageFigures
    }

    let rows: [Row]

    var total: LinkageFigures {
        rows.map(\.figures).reduce(into: LinkageFigures()) { t, f in
            t.evaluated += f.evaluated; t.improved += f.improved; t.contracted += f.contracted; t.contractValue += f.contractValue; t.loans += f.loans
        }
    }
}

/// The programme's supplier development page. Pure.
enum LinkageSummaryView {
    static func page(_ s: LinkageSummary) -> HTML {
        let w = Wording.current
        let body = s.rows.map { r -> HTML in
            let f = r.figures
            return """
            <tr><th scope="row"><a href="\(SitePath.record(.networks, .id(r.networkId)))">\(r.name)</a></th><td>\(r.phase)</td>
            <td class="num">\(f.evaluated)</td><td class="num">\(f.improved)</td><td class="num">\(f.contracted)</td><td class="num">\(w.money(f.contractValue))</td>
            <td class="num">\(w.money(f.loans))</td><td class="num">\(f.localShareBefore.map { w.percent($0 / 100) } ?? "—") → \(f.localShareNow.map { w.percent($0 / 100) } ?? "—")</td></tr>
            """
        }
        let total = s.total
        return """
        <h1>\(L("Supplier development across the programme"))</h1>
        <p>\(L("\(total.evaluated) suppliers evaluated, \(total.improved) improved on re-evaluation, \(total.contracted) contracted for \(w.money(total.contractValue)) USD; \(w.money(total.loans)) USD in loans obtained on the strength of the tie."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Vertical networks"))"><table><thead><tr><th scope="col">\(L("Client and suppliers"))</th><th scope="col">\(L("Phase"))</th>
        <th scope="col">\(L("Evaluated"))</th><th scope="col">\(L("Improved"))</th><th scope="col">\(L("Contracted"))</th><th scope="col">\(L("Contracts (USD)"))</th><th scope="col">\(L("Loans (USD)"))</th><th scope="col">\(L("Clients' local purchases"))</th></tr></thead>
        <tbody>\(body)</tbody></table></div>
        """
    }
}
