/// Baseline, target or measured value: the three kinds of figure of the results framework.
public enum ResultEntryKind: String, Choice {
    case baseline, target, measurement
    public var label: String {
        switch self {
        case .baseline: "Baseline"
        case .target: "Target"
        case .measurement: "Measured value"
        }
    }
}
