/// What kind of number an indicator's values are, which bounds what may be entered.
public enum IndicatorScale: String, Choice {
    case count
    case percent
    case amount
    case quantity

    public var label: Phrase {
        switch self {
        case .count: L("Count (whole number)")
        case .percent: L("Percentage (0–100)")
        case .amount: L("Amount of money")
        case .quantity: L("Measured quantity")
        }
    }

    /// Why a value does not fit the scale, if it does not.
    public func problem(_ value: Double) -> Phrase? {
        switch self {
        case .count: value >= 0 && value == value.rounded() ? nil : L("must be a whole number of at least 0 for a count")
        case .percent: (0...100).contains(value) ? nil : L("must be between 0 and 100 for a percentage")
        case .amount: value >= 0 ? nil : L("must not be negative for an amount")
        case .quantity: nil
        }
    }
}
