import ClusterworksAnalytics
import Fluent
import Foundation

/// An illustrative cluster map of Indian districts: where the demo's clusters (Ludhiana knitwear,
/// Bagru block printing near Jaipur, Pune food processing) would show up in national statistics.
/// The figures are generated from a fixed seed: every district has some of everything, and the
/// specialisations known from the clusters' own stories are several times the national share.
enum DemoClusterMap {
    /// Cluster → its industries (codes of the national industrial classification, simplified).
    static let clusters: [(name: String, traded: Bool, industries: [String])] = [
        ("Knitwear and hosiery", true, ["1391", "1430"]), ("Textiles and home furnishing", true, ["1311", "1392"]),
        ("Handicrafts and block printing", true, ["1313", "3290"]), ("Leather and footwear", true, ["1511", "1520"]),
        ("Brass and metal ware", true, ["2420", "2599"]), ("Food processing", true, ["1050", "1079"]),
        ("Auto components and engineering", true, ["2930", "2811"]), ("Glass and glassware", true, ["2310"]),
        ("Local retail and services", false, ["4711", "9602"]), ("Construction", false, ["4100"]),
    ]

    /// District, latitude, longitude, and the clusters it is known for.
    static let districts: [(String, Double, Double, [String])] = [
        ("Ludhiana", 30.90, 75.85, ["Knitwear and hosiery", "Auto components and engineering"]),
        ("Tiruppur", 11.11, 77.34, ["Knitwear and hosiery"]), ("Jaipur", 26.91, 75.79, ["Handicrafts and block printing"]),
        ("Moradabad", 28.84, 78.77, ["Brass and metal ware"]), ("Agra", 27.18, 78.01, ["Leather and footwear"]),
        ("Kanpur", 26.45, 80.33, ["Leather and footwear"]), ("Pune", 18.52, 73.86, ["Food processing", "Auto components and engineering"]),
        ("Coimbatore", 11.02, 76.96, ["Auto components and engineering"]), ("Firozabad", 27.15, 78.40, ["Glass and glassware"]),
        ("Surat", 21.17, 72.83, ["Textiles and home furnishing"]), ("Panipat", 29.39, 76.97, ["Textiles and home furnishing"]),
        ("Bhagalpur", 25.24, 86.97, ["Textiles and home furnishing"]), ("Kolhapur", 16.70, 74.24, ["Food processing"]),
        ("Nashik", 20.00, 73.79, ["Food processing"]), ("Chennai", 13.08, 80.27, ["Leather and footwear", "Auto components and engineering"]),
        ("Varanasi", 25.32, 82.97, ["Handicrafts and block printing"]), ("Indore", 22.72, 75.86, []), ("Patna", 25.59, 85.14, []),
        ("Lucknow", 26.85, 80.95, []), ("Bhopal", 23.26, 77.41, []), ("Nagpur", 21.15, 79.09, []), ("Guwahati", 26.14, 91.74, []),
        ("Raipur", 21.25, 81.63, []), ("Dehradun", 30.32, 78.03, []),
    ]

    static func files() -> (statistics: String, definitions: String, places: String) {
        var seed: UInt64 = 2024
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        var definitions = "industry,cluster,traded\n", statistics = "year,region,industry,employment,establishments,payroll\n"
        var places = "region,latitude,longitude\n"
        for c in clusters { for i in c.industries { definitions += "\(i),\(c.name),\(c.traded ? 1 : 0)\n" } }
        for (name, lat, lon, known) in districts {
            places += "\(name),\(lat),\(lon)\n"
            for (y, year) in [2013, 2023].enumerated() {
                for c in clusters {
                    for i in c.industries {
                        let base = c.traded ? 500 + next(200) : 4_000 + next(1_000)
                        let jobs = known.contains(c.name) ? base * (6 + next(6)) * (10 + 3 * y) / 10 : base
                        statistics += "\(year),\(name),\(i),\(jobs),\(max(1, jobs / (8 + next(20)))),\(jobs * (90_000 + next(60_000) + 25_000 * y))\n"
                    }
                }
            }
        }
        return (statistics, definitions, places)
    }

    static func load(_ db: any Database, countryCode: String) async throws {
        let (statistics, definitions, places) = files()
        let input = try StatisticsInput(statistics: Data(statistics.utf8), definitions: Data(definitions.utf8))
        _ = try await ClusterMapService.store(name: "India: districts, 2013 and 2023 (illustrative)", countryCode: countryCode, by: nil,
                                              (input, input.mapping, try RegionCoordinates(Data(places.utf8))), on: db)
    }
}
