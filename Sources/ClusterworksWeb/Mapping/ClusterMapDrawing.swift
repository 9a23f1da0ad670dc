import ClusterworksDomain
import ClusterworksAnalytics
import ClusterworksPersistence
import Foundation

/// The regions of a map as circles where they lie, sized by traded employment and shaded by how
/// many strong clusters they hold, over the country's whole outline with its neighbours as land
/// (`CountryFrame`). Names are placed beside their circles, clear of each other; a name that does
/// not fit is left to the table below.
enum ClusterMapDrawing {
    static let fontSize = 13.0

    static func svg(_ regions: [ClusterMapRegionModel], country: WorldAtlas.Country?, atlas: WorldAtlas) -> HTML {
        let located = regions.compactMap { r -> (ClusterMapRegionModel, Double, Double)? in
            guard let lat = r.latitude, let lon = r.longitude else { return nil }
            return (r, lon, lat)
        }
        guard !located.isEmpty else {
            return "<p class=\"hint\">\(L("Upload where the regions lie (region, latitude, longitude) with the statistics to see them on a map."))</p>"
        }
        let frame = CountryFrame(country: country, points: located.map { ($0.1, $0.2) })
        let placed = located.sorted { $0.0.tradedEmployment > $1.0.tradedEmployment }.map { r, lon, lat in (r, frame.project(lon, lat)) }
        let maxJobs = max(placed.map(\.0.tradedEmployment).max() ?? 1, 1)
        let radii = placed.map { 4 + 18 * ($0.0.tradedEmployment / maxJobs).squareRoot() }
        let dots = placed.enumerated().map { i, item -> HTML in
            let (r, p) = item
            let shade = r.strongCount == 0 ? "none" : r.strongCount < 3 ? "some" : "many"
            return "<circle class=\"region \(shade)\" cx=\"\(f(p.x))\" cy=\"\(f(p.y))\" r=\"\(f(radii[i]))\"><title>\(L("\(r.name): \(r.strongCount) strong clusters, \(PlanPages.money(r.tradedEmployment)) jobs in traded clusters"))</title></circle>"
        }
        // Names of the regions with the most pronounced strong clusters, as many as fit.
        let named = Array(placed.indices.filter { placed[$0].0.strongCount > 0 }.sorted { (placed[$0].0.strongestLQ ?? 0) > (placed[$1].0.strongestLQ ?? 0) }.prefix(12))
        let others = placed.indices.filter { !named.contains($0) }.map { (x: placed[$0].1.x, y: placed[$0].1.y, r: radii[$0]) }
        let labels = DrawingLayout.place(names: named.map { placed[$0].0.name }, positions: named.map { placed[$0].1 }, radii: named.map { radii[$0] },
                                         width: frame.width, height: frame.height, fontSize: fontSize, obstacles: others)
        let names = labels.compactMap { $0 }.map { l -> HTML in
            "<text x=\"\(f(l.x))\" y=\"\(f(l.y))\"\(l.leftward ? HTML(raw: " text-anchor=\"end\"") : .empty)>\(l.text)</text>"
        }
        let land = atlas.countries.filter { $0.code != country?.code }.map { frame.path($0.rings) }.filter { !$0.isEmpty }
            .map { "<path class=\"land\" d=\"\($0)\"/>" as HTML }
        let outline: HTML = country.map { "<path class=\"outline\" d=\"\(frame.path($0.rings))\"/>" } ?? .empty
        return """
        <figure class="cluster-map"><svg viewBox="0 0 \(f(frame.width)) \(f(frame.height))" role="img" aria-labelledby="cm-title">
        <title id="cm-title">\(L("\(placed.count) regions where they lie; larger circles have more jobs in traded clusters, darker ones more strong clusters"))</title>
        <g class="neighbours">\(land)</g>\(outline)<g class="regions">\(dots)</g><g class="labels">\(names)</g></svg>
        <figcaption><ul class="legend" aria-label="\(L("Legend"))"><li><span class="swatch-strong-none"></span>\(L("No strong cluster"))</li><li><span class="swatch-strong-some"></span>\(L("1 or 2 strong clusters"))</li><li><span class="swatch-strong-many"></span>\(L("3 or more"))</li></ul>
        \(L("Circle area follows employment in traded clusters; names of the regions with the most pronounced strong clusters, where they fit (every region is in the table).")) \(regions.count > located.count ? L("\(regions.count - located.count) regions have no position and are not drawn.") : nil)</figcaption></figure>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
