import Foundation

/// A country drawn at its own scale: the frame holds its whole outline (the main land and what lies
/// near it, not islands an ocean away) and every region to show, with a margin; longitudes are
/// narrowed by the cosine of the middle latitude so shapes keep their proportions.
struct CountryFrame {
    let lonMin: Double, lonMax: Double, latMin: Double, latMax: Double
    let width: Double, height: Double
    private let k: Double, cosLat: Double

    init(country: WorldAtlas.Country?, points: [(lon: Double, lat: Double)], width: Double = 700) {
        var box = Self.bounds(Self.mainRings(country?.rings ?? []).flatMap { $0 } + points)
        if box.lonMax - box.lonMin < 0.5 { box.lonMin -= 0.25; box.lonMax += 0.25 }
        if box.latMax - box.latMin < 0.5 { box.latMin -= 0.25; box.latMax += 0.25 }
        let margin = 0.08 * max(box.lonMax - box.lonMin, box.latMax - box.latMin)
        (lonMin, lonMax, latMin, latMax) = (box.lonMin - margin, box.lonMax + margin, max(-89, box.latMin - margin), min(89, box.latMax + margin))
        cosLat = max(0.2, cos((latMin + latMax) / 2 * .pi / 180))
        self.width = width
        k = width / ((lonMax - lonMin) * cosLat)
        height = (latMax - latMin) * k
    }

    func project(_ lon: Double, _ lat: Double) -> (x: Double, y: Double) { ((lon - lonMin) * cosLat * k, (latMax - lat) * k) }

    /// Whether a ring reaches into the frame.
    func touches(_ ring: [(lon: Double, lat: Double)]) -> Bool {
        let b = Self.bounds(ring)
        return b.lonMax >= lonMin && b.lonMin <= lonMax && b.latMax >= latMin && b.latMin <= latMax
    }

    func path(_ rings: [[(lon: Double, lat: Double)]]) -> String {
        rings.filter { $0.count >= 3 && touches($0) }.map { ring in
            ring.enumerated().map { i, p in
                let q = project(p.lon, p.lat)
                return (i == 0 ? "M" : "L") + String(format: "%.1f %.1f", q.x, q.y)
            }.joined() + "Z"
        }.joined()
    }

    /// The largest ring and the rings near it (within half its size): far overseas parts are left out of the frame.
    static func mainRings(_ rings: [[(lon: Double, lat: Double)]]) -> [[(lon: Double, lat: Double)]] {
        guard let main = rings.max(by: { extent(bounds($0)) < extent(bounds($1)) }) else { return [] }
        let m = bounds(main), reach = max(extent(m) * 0.5, 1)
        return rings.filter { r in
            let b = bounds(r)
            return b.lonMax >= m.lonMin - reach && b.lonMin <= m.lonMax + reach && b.latMax >= m.latMin - reach && b.latMin <= m.latMax + reach
        }
    }

    static func bounds(_ points: [(lon: Double, lat: Double)]) -> (lonMin: Double, lonMax: Double, latMin: Double, latMax: Double) {
        guard !points.isEmpty else { return (-10, 10, -10, 10) }
        return (points.map(\.lon).min()!, points.map(\.lon).max()!, points.map(\.lat).min()!, points.map(\.lat).max()!)
    }

    static func extent(_ b: (lonMin: Double, lonMax: Double, latMin: Double, latMax: Double)) -> Double {
        max(b.lonMax - b.lonMin, b.latMax - b.latMin)
    }
}
