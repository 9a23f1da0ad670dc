public enum IndicatorDirection: String, Choice {
    case higher, lower
    public var label: String { self == .higher ? "Higher is better" : "Lower is better" }
}
