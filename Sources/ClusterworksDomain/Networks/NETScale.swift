/// The scale NET scores are given on; 1–5 unless the programme chose another.
public struct NETScale: Sendable, Equatable, Codable {
    public let min: Int
    public let max: Int
    public init(min: Int = 1, max: Int = 5) { self.min = min; self.max = max }
    public static let standard = NETScale()

    public func contains(_ score: Int) -> Bool { score >= min && score <= max }

    /// A scale needs at least three steps and stays within 0…10.
    public var problem: Phrase? {
        (0...10).contains(min) && (0...10).contains(max) && max - min >= 2 ? nil : L("must run from a lower to a higher score within 0–10, with at least three steps")
    }
}
