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
            return Country(code: code, iso3: f.properties.iso_a3, nameEn: f.properties.name_en,
                           nameEs: f.properties.name_es ?? f.properties.name_en, nameFr: f.properties.name_fr ?? f.properties.name_en,
                           path: svgPath(f.geometry.polygons))
        }
        return WorldAtlas(countries: countries.sorted { $0.code < $1.code })
    }

    static func project(_ lon: Double, _ lat: Double) -> (Int, Int) {
        (Int(((lon + 180) / 360 * width).rounded()), Int(((90 - lat) / 180 * height).rounded()))
    }

    /// Relative moves with whole pixels: short text, no visible loss at this scale.
    static func svgPath(_ polygons: [[[[Double]]]]) -> String {
        var out = ""
        for polygon in polygons {
            for ring in polygon {
                var points: [(Int, Int)] = []
                for p in ring where p.count >= 2 {
                    let q = project(p[0], p[1])
                    if points.last.map({ $0 != q }) ?? true { points.append(q) }
                }
                guard points.count >= 3 else { continue }
                var (x, y) = points[0]
                out += "M\(x) \(y)"
                for q in points.dropFirst() {
                    out += "l\(q.0 - x) \(q.1 - y)"
                    (x, y) = q
                }
                out += "z"
            }
        }
        return out
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
