/// A period given by two date fields must not end before it starts.
public struct DateRangeRule: Sendable {
    public let start: String
    public let end: String
    public let message: Phrase

    public init(start: String, end: String, message: Phrase = L("must not be before the start date")) {
        self.start = start
        self.end = end
        self.message = message
    }

    public func check(_ values: RecordValues, into errors: inout ValidationErrors) {
        if let s = values[start]?.date, let e = values[end]?.date, e < s { errors.add(end, message) }
    }
}

/// Latitude and longitude are given together or not at all.
public enum CoordinateRule {
    public static func check(_ values: RecordValues, into errors: inout ValidationErrors) {
        let hasLat = values["latitude"] != nil, hasLon = values["longitude"] != nil
        if hasLat != hasLon { errors.add(hasLat ? "longitude" : "latitude", L("is required when the other coordinate is given")) }
    }

    public static let fields: [FieldRule] = [
        FieldRule("latitude", L("Latitude"), .decimal(-90...90), help: L("Decimal degrees, e.g. 18.52")),
        FieldRule("longitude", L("Longitude"), .decimal(-180...180), help: L("Decimal degrees, e.g. 73.86")),
    ]
}
