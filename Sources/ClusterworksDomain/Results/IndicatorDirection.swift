public enum IndicatorDirection: String, Choice {
    case higher, lower
    public var label: Phrase { self == .higher ? L("Higher is better") : L("Lower is better") }
}
