/// Whether the programme has taken an indicator into its library: a broker's proposal is used for
/// recording at once, but reaches reports only once a programme manager accepts it.
public enum IndicatorStatus: String, Choice {
    case proposed, accepted

    public var label: Phrase { self == .proposed ? L("Proposed, awaiting a programme manager") : L("Accepted") }
}
