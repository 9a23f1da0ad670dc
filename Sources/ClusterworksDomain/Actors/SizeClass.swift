/// Enterprise size by head count. Thresholds follow the common international convention
/// (UNIDO, EU): micro under 10, small under 50, medium under 250 employees, large from 250.
public enum SizeClass: String, Choice {
    case micro, small, medium, large

    public var label: Phrase {
        switch self {
        case .micro: L("Micro")
        case .small: L("Small")
        case .medium: L("Medium")
        case .large: L("Large")
        }
    }

    public init(employees: Int) {
        switch employees {
        case ..<10: self = .micro
        case ..<50: self = .small
        case ..<250: self = .medium
        default: self = .large
        }
    }

    /// Horizontal networks are groups of SMEs: micro, small and medium enterprises only.
    public var isSME: Bool { self != .large }
}
