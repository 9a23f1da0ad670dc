import ClusterworksDomain
import Foundation

/// Country outlines from the bundled Natural Earth file, projected once at start-up into compact
/// SVG paths (equirectangular, 1000 × 500). Points closer than a pixel are merged, so the whole
/// map stays small enough for a slow connection.
struct WorldAtlas: Sendable {
    struct Country: Sendable {
        let code: String
        let iso3: String?
        let nameEn: String
        let nameEs: String
        let nameFr: String
        let path: String
        /// The outline as an SVG path element in the map's neutral colour, named in each language,
        /// escaped once at start-up.
        func name(in language: Language) -> String {
            switch language { case .en: nameEn; case .es: nameEs; case .fr: nameFr }
        }
        func plainShape(in language: Language) -> HTML { HTML(raw: plainShapeTexts[language] ?? "") }
        let plainShapeTexts: [Language: String]
        /// The outline's rings in degrees (longitude, latitude), for maps drawn at their own scale.
        let rings: [[(lon: Double, lat: Double)]]
    }

    static let width = 1000.0
    static let height = 500.0
    let countries: [Country]

    static func load() throws -> WorldAtlas {
        guard let url = Bundle.module.url(forResource: "world-countries", withExtension: "geojson") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let collection = try JSONDecoder().decode(FeatureCollection.self, from: Data(contentsOf: url))
        let countries = collection.features.compactMap { f -> Country? in
            guard let code = f.properties.iso_a2 else { return nil }
            let path = svgPath(f.geometry.polygons)
            return Country(code: code, iso3: f.properties.iso_a3, nameEn: f.properties.name_en,
                           nameEs: f.properties.name_es ?? f.properties.name_en, nameFr: f.properties.name_fr ?? f.properties.name_en,
                           path: path,
                           plainShapeTexts: Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
                               let name = switch language { case .en: f.properties.name_en; case .es: f.properties.name_es; case .fr: f.properties.name_fr }
                               return (language, "<path d=\"\(HTML.escape(path))\"><title>\(HTML.escape(name ?? f.properties.name_en))</title></path>")
                           }),
                           rings: f.geometry.polygons.flatMap { $0 }.map { ring in ring.compactMap { $0.count >= 2 ? (lon: $0[0], lat: $0[1]) : nil } })
        }
        return WorldAtlas(countries: countries.sorted { $0.code < $1.code })
    }

    static func project(_ lon: Double, _ lat: Double) -> (Int, Int) {
        (Int(((lon + 180) / 360 * width).rounded()), Int(((90 - lat) / 180 * height).rounded()))
    }

    /// Islands smaller than this (in pixels) are left out, except a country's largest shape.
    static let smallestRing = 2
    static let tolerance = 0.8

    /// Relative moves with whole pixels: short text, no visible loss at this scale.
    static func svgPath(_ polygons: [[[[Double]]]]) -> String {
        let rings = polygons.flatMap { $0 }.map(pixels).filter { $0.count >= 3 }
            .sorted { extent($0) > extent($1) }
        // A state smaller than a pixel (Monaco, the Vatican) is still drawn, as a one-pixel square.
        if rings.isEmpty, let p = polygons.first?.first?.first, p.count >= 2 {
            let (x, y) = project(p[0], p[1])
            return "M\(x) \(y)h1v1h-1z"
        }
        var out = ""
        for (index, ring) in rings.enumerated() where index == 0 || extent(ring) >= smallestRing {
            let simplified = RingSimplification.simplify(ring, tolerance: tolerance)
            let points = simplified.count >= 3 ? simplified : ring
            var (x, y) = points[0]
            out += "M\(x) \(y)"
            for q in points.dropFirst() {
                out += "l\(q.x - x) \(q.y - y)"
                (x, y) = q
            }
            out += "z"
        }
        return out
    }

    /// A ring's points on the pixel grid, repeated pixels merged.
    static func pixels(_ ring: [[Double]]) -> [RingSimplification.Point] {
        var points: [RingSimplification.Point] = []
        for p in ring where p.count >= 2 {
            let q = project(p[0], p[1])
            if points.last.map({ $0.x != q.0 || $0.y != q.1 }) ?? true { points.append((q.0, q.1)) }
        }
        return points
    }

    static func extent(_ ring: [RingSimplification.Point]) -> Int {
        let xs = ring.map(\.x), ys = ring.map(\.y)
        return max(xs.max()! - xs.min()!, ys.max()! - ys.min()!)
    }

    private struct FeatureCollection: Decodable { let features: [Feature] }
    private struct Feature: Decodable {
        let properties: Properties
        let geometry: Geometry
    }
    private struct Properties: Decodable {
        let iso_a2: String?
        let iso_a3: String?
        let name_en: String
        let name_es: String?
        let name_fr: String?
    }
    private struct Geometry: Decodable {
        let type: String
        let polygons: [[[[Double]]]]

        enum CodingKeys: String, CodingKey { case type, coordinates }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            type = try c.decode(String.self, forKey: .type)
            if type == "Polygon" {
                polygons = [try c.decode([[[Double]]].self, forKey: .coordinates)]
            } else {
                polygons = try c.decode([[[[Double]]]].self, forKey: .coordinates)
            }
        }
    }
}
