/// What kind of number an indicator's values are, which bounds what may be entered.
public enum IndicatorScale: String, Choice {
    case count
    case percent
    case amount
    case quantity

    public var label: String {
        switch self {
        case .count: "Count (whole number)"
        case .percent: "Percentage (0–100)"
        case .amount: "Amount of money"
        case .quantity: "Measured quantity"
        }
    }

    /// Why a value does not fit the scale, if it does not.
    public func problem(_ value: Double) -> String? {
        switch self {
        case .count: value >= 0 && value == value.rounded() ? nil : "must be a whole number of at least 0 for a count"
        case .percent: (0...100).contains(value) ? nil : "must be between 0 and 100 for a percentage"
        case .amount: value >= 0 ? nil : "must not be negative for an amount"
        case .quantity: nil
        }
    }
}
