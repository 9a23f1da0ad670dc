import ClusterworksPersistence
import Foundation

/// The regions of a map as circles where they lie, sized by traded employment and shaded by how
/// many strong clusters they hold, over the country's outline. Same projection as the world atlas,
/// so the outline and the circles line up; the view is cropped to the regions.
enum ClusterMapDrawing {
    static func svg(_ regions: [ClusterMapRegionModel], country: WorldAtlas.Country?) -> HTML {
        let placed = regions.compactMap { r -> (ClusterMapRegionModel, Double, Double)? in
            guard let lat = r.latitude, let lon = r.longitude else { return nil }
            return (r, (lon + 180) / 360 * WorldAtlas.width, (90 - lat) / 180 * WorldAtlas.height)
        }
        guard !placed.isEmpty else {
            return "<p class=\"hint\">Upload where the regions lie (region, latitude, longitude) with the statistics to see them on a map.</p>"
        }
        let xs = placed.map(\.1), ys = placed.map(\.2)
        let span = max(xs.max()! - xs.min()!, ys.max()! - ys.min()!, 4)
        let margin = span * 0.12
        let (x0, y0) = (xs.min()! - margin, ys.min()! - margin)
        let (w, h) = (xs.max()! - xs.min()! + 2 * margin, ys.max()! - ys.min()! + 2 * margin)
        let size = max(w, h)
        let maxJobs = max(placed.map(\.0.tradedEmployment).max() ?? 1, 1)
        let dots = placed.sorted { $0.0.tradedEmployment > $1.0.tradedEmployment }.map { r, x, y -> HTML in
            let radius = max(size * 0.006, size * 0.035 * (r.tradedEmployment / maxJobs).squareRoot())
            let shade = r.strongCount == 0 ? "none" : r.strongCount < 3 ? "some" : "many"
            return "<circle class=\"region \(shade)\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius))\"><title>\(r.name): \(r.strongCount) strong clusters, \(PlanPages.money(r.tradedEmployment)) jobs in traded clusters</title></circle>"
        }
        let labels = placed.filter { $0.0.strongCount > 0 }.sorted { ($0.0.strongestLQ ?? 0) > ($1.0.strongestLQ ?? 0) }.prefix(12).map { r, x, y -> HTML in
            "<text x=\"\(f(x + size * 0.012))\" y=\"\(f(y - size * 0.008))\" font-size=\"\(f(size * 0.022))\">\(r.name)</text>"
        }
        let outline: HTML = country.map { "<path class=\"outline\" d=\"\($0.path)\" vector-effect=\"non-scaling-stroke\"/>" } ?? .empty
        return """
        <figure class="cluster-map"><svg viewBox="\(f(x0)) \(f(y0)) \(f(w)) \(f(h))" role="img" aria-labelledby="cm-title" preserveAspectRatio="xMidYMid meet">
        <title id="cm-title">\(placed.count) regions where they lie; larger circles have more jobs in traded clusters, darker ones more strong clusters</title>
        \(outline)<g class="regions">\(dots)</g><g class="labels">\(labels)</g></svg>
        <figcaption><ul class="legend" aria-label="Legend"><li><span class="swatch-strong-none"></span>No strong cluster</li><li><span class="swatch-strong-some"></span>1 or 2 strong clusters</li><li><span class="swatch-strong-many"></span>3 or more</li></ul>
        Circle area follows employment in traded clusters.\(regions.count > placed.count ? " \(regions.count - placed.count) regions have no position and are not drawn." : "")</figcaption></figure>
        """
    }

    static func f(_ v: Double) -> String { String(format: "%.2f", v) }
}
