import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// Which regions of a map to list: a name to look for, only regions with strong clusters, the page.
/// Regions whose strongest cluster is most pronounced (highest location quotient among their strong
/// clusters) come first; then regions without one, by traded employment.
struct ClusterMapQuery {
    var search: String
    var strongOnly: Bool
    var page: Int

    static let region = QueryParameter.text("region", max: 200, "Only regions whose name contains this")
    static let strong = QueryParameter.flag("strong", "1: only regions with at least one strong cluster")
    /// The page's parameters; the API pages with `limit` and `offset` instead.
    static let parameters = [region, strong, QueryParameter.page]

    /// `paged`: the page's `page`; the API pages with `limit` and `offset` and leaves it out.
    init(_ req: Request, paged: Bool = true) throws {
        search = (try req.query(Self.region) ?? "").trimmingCharacters(in: .whitespaces)
        strongOnly = try req.queryFlag(Self.strong)
        // The page is 1…1,000,000, so the zero-based index and its offsets stay far from overflow.
        page = paged ? (try req.queryInteger(QueryParameter.page) ?? 1) - 1 : 0
    }

    func apply(_ regions: [ClusterMapRegionModel]) -> [ClusterMapRegionModel] {
        regions.filter { (search.isEmpty || $0.name.localizedCaseInsensitiveContains(search)) && (!strongOnly || $0.strongCount > 0) }
            .sorted { ($0.strongestLQ ?? 0, $0.tradedEmployment, $1.name) > ($1.strongestLQ ?? 0, $1.tradedEmployment, $0.name) }
    }

    func form(action: String) -> HTML {
        """
        <form method="get" action="\(action)" class="filters"><div class="field"><label for="q-region">\(L("Region"))</label><input id="q-region" name="region" value="\(search)"></div>
        <div class="field check"><input type="checkbox" id="q-strong" name="strong" value="1"\(strongOnly ? HTML(raw: " checked") : .empty)><label for="q-strong">\(L("Only regions with strong clusters"))</label></div>
        <p><button type="submit">\(L("Show"))</button></p></form>
        """
    }

    func pager(base: String, total: Int, perPage: Int) -> HTML {
        let pages = max(1, (total + perPage - 1) / perPage)
        guard pages > 1 else { return "<p>\(total) \(total == 1 ? "region" : "regions").</p>" }
        var query = "region=\(search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        if strongOnly { query += "&strong=1" }
        func link(_ p: Int, _ label: Phrase, rel: String) -> HTML {
            "<a href=\"\(base)?\(query)&page=\(p)\" rel=\"\(rel)\">\(label)</a>"
        }
        return """
        <nav aria-label="\(L("Pages of regions"))" class="pager"><p>\(L("Regions \(page * perPage + 1)–\(min(total, (page + 1) * perPage)) of \(total)."))
        \(page > 0 ? link(page, L("Previous"), rel: "prev") : .empty) \(page + 1 < pages ? link(page + 2, L("Next"), rel: "next") : .empty)</p></nav>
        """
    }
}
