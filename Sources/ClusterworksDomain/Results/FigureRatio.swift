/// The two counts a percentage or a ratio is computed from (88 trainees employed of 110 trained;
/// 1,000 litres of milk for 140 kg of cheese). Kept with the figure so that figures of several
/// clusters can be pooled — numerators added, denominators added, then divided — never averaged.
public struct FigureRatio: Sendable, Equatable {
    public let numerator: Double
    public let denominator: Double

    public init(numerator: Double, denominator: Double) { self.numerator = numerator; self.denominator = denominator }

    /// The value the two counts give on the scale: × 100 for a percentage.
    public func value(on scale: IndicatorScale) -> Double? {
        guard denominator > 0 else { return nil }
        return numerator / denominator * (scale == .percent ? 100 : 1)
    }

    /// Why the figure's ratio does not fit its indicator or its own value, with the field at fault.
    public func problems(value: Double, scale: IndicatorScale) -> [(field: String, message: Phrase)] {
        guard scale == .percent || scale == .quantity else {
            return [("numerator", L("belongs to a percentage or a measured quantity; a figure of this scale (\(scale.rawValue)) adds up as it is"))]
        }
        var found: [(String, Phrase)] = []
        if numerator < 0 { found.append(("numerator", L("must not be negative"))) }
        guard denominator > 0 else { return found + [("denominator", L("must be more than 0"))] }
        if scale == .percent, numerator > denominator { found.append(("numerator", L("cannot exceed the denominator for a percentage (\(numerator) of \(denominator))"))) }
        if let expected = self.value(on: scale), !Self.agrees(value, expected, scale: scale) {
            found.append((scale == .percent ? ("value", L("must be \(numerator) ÷ \(denominator) × 100 = \(Self.rounded(expected)), not \(value)")) : ("value", L("must be \(numerator) ÷ \(denominator) = \(Self.rounded(expected)), not \(value)"))))
        }
        return found
    }

    /// Entered values are rounded by people: a percentage to one decimal, a ratio to about three digits.
    static func agrees(_ value: Double, _ expected: Double, scale: IndicatorScale) -> Bool {
        let tolerance = scale == .percent ? 0.05 : max(0.005, abs(expected) * 0.001)
        return abs(value - expected) <= tolerance + 1e-9
    }

    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
