import ClusterworksDomain

/// Where a project works: the world map cropped to its countries, which are filled and named, with a
/// legend, and the countries listed in a table beside it.
enum ProjectMap {
    static func render(_ atlas: WorldAtlas, countries codes: [String]) -> HTML {
        let chosen = atlas.countries.filter { codes.contains($0.code) }
        guard !chosen.isEmpty else { return "<p>\(L("No country recorded for the project."))</p>" }
        func xy(_ p: (lon: Double, lat: Double)) -> (Double, Double) { ((p.lon + 180) / 360 * WorldAtlas.width, (90 - p.lat) / 180 * WorldAtlas.height) }
        var boxes: [(code: String, name: String, x0: Double, y0: Double, x1: Double, y1: Double)] = []
        for c in chosen {
            // The largest ring names the country (mainland rather than islands far away).
            guard let ring = c.rings.max(by: { $0.count < $1.count }), !ring.isEmpty else { continue }
            let points = ring.map(xy)
            boxes.append((c.code, c.nameEn, points.map(\.0).min()!, points.map(\.1).min()!, points.map(\.0).max()!, points.map(\.1).max()!))
        }
        let minX = boxes.map(\.x0).min()!, minY = boxes.map(\.y0).min()!, maxX = boxes.map(\.x1).max()!, maxY = boxes.map(\.y1).max()!
        let pad = max(12, 0.3 * max(maxX - minX, maxY - minY))
        var x0 = minX - pad, y0 = minY - pad, w = maxX - minX + 2 * pad, h = maxY - minY + 2 * pad
        // Two wide for one high, as the map is drawn.
        if w < 2 * h { x0 -= (2 * h - w) / 2; w = 2 * h } else { y0 -= (w / 2 - h) / 2; h = w / 2 }
        // Text of 13 px at the card's 46rem, whatever the crop.
        let font = w * 13 / 700
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        let shapes = atlas.countries.map { c -> HTML in
            codes.contains(c.code) ? HTML(raw: "<path class=\"mine\" d=\"\(HTML.escape(c.path))\"><title>\(HTML.escape(c.name(in: Wording.current.language)))</title></path>") : c.plainShape(in: Wording.current.language)
        }
        let labels = boxes.map { b -> HTML in
            "<text class=\"country-name\" x=\"\(f((b.x0 + b.x1) / 2))\" y=\"\(f((b.y0 + b.y1) / 2))\" text-anchor=\"middle\" font-size=\"\(f(font))\">\(b.name)</text>"
        }
        let legendY = y0 + h - font * 0.8
        let rows = boxes.map { "<tr><th scope=\"row\">\($0.name)</th><td>\($0.code)</td></tr>" as HTML }
        return """
        <div class="pair"><figure class="project-map"><svg viewBox="\(f(x0)) \(f(y0)) \(f(w)) \(f(h))" role="img" aria-label="\(L("Countries of the project: \(boxes.map(\.name).joined(separator: ", "))"))">
        <g class="land">\(HTML.join(shapes))</g>\(HTML.join(labels))
        <rect class="mine" x="\(f(x0 + font * 0.6))" y="\(f(legendY - font * 0.8))" width="\(f(font))" height="\(f(font * 0.8))"/>
        <text x="\(f(x0 + font * 1.9))" y="\(f(legendY))" font-size="\(f(font))">\(L("Country where the project works"))</text></svg></figure>
        <div class="table-wrap"><table><caption>\(L("Countries"))</caption><thead><tr><th scope="col">\(L("Country"))</th><th scope="col">\(L("ISO code"))</th></tr></thead><tbody>\(HTML.join(rows))</tbody></table></div></div>
        """
    }
}
