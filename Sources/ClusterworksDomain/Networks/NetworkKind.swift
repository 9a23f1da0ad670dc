/// Horizontal networks join SMEs only; vertical networks join large client firms with their suppliers.
public enum NetworkKind: String, Choice {
    case horizontal, vertical
    public var label: Phrase { self == .horizontal ? L("Horizontal") : L("Vertical") }
}
