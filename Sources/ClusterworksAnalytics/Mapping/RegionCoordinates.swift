import Foundation

/// Where regions lie, for drawing the map: `region,latitude,longitude` (header order free). Regions
/// the statistics do not name are left out; a position off the globe is a problem with its line.
public struct RegionCoordinates: Sendable {
    public let positions: [String: (latitude: Double, longitude: Double)]

    public init(_ data: Data) throws {
        let table = try CSVTable(data: data)
        let (r, la, lo) = (try table.column("region")!, try table.column("latitude")!, try table.column("longitude")!)
        var positions: [String: (latitude: Double, longitude: Double)] = [:]
        for (k, row) in table.rows.enumerated() {
            let line = table.lines[k]
            let region = row[r].trimmingCharacters(in: .whitespaces)
            guard !region.isEmpty else { throw CSVTable.Problem(line: line, column: "region", message: "is empty") }
            guard let lat = Double(row[la].trimmingCharacters(in: .whitespaces)), (-90...90).contains(lat) else {
                throw CSVTable.Problem(line: line, column: "latitude", message: "must be a number from -90 to 90, not \"\(row[la])\"")
            }
            guard let lon = Double(row[lo].trimmingCharacters(in: .whitespaces)), (-180...180).contains(lon) else {
                throw CSVTable.Problem(line: line, column: "longitude", message: "must be a number from -180 to 180, not \"\(row[lo])\"")
            }
            guard positions[region] == nil else { throw CSVTable.Problem(line: line, column: "region", message: "\"\(region)\" is placed twice") }
            positions[region] = (lat, lon)
        }
        self.positions = positions
    }
}
