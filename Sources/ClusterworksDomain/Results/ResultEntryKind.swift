/// Baseline, target or measured value: the three kinds of figure of the results framework.
public enum ResultEntryKind: String, Choice {
    case baseline, target, measurement
    public var label: Phrase {
        switch self {
        case .baseline: L("Baseline")
        case .target: L("Target")
        case .measurement: L("Measured value")
        }
    }
}
