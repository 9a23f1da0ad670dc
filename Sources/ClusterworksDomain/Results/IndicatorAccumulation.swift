/// How an indicator's measurements make its value to date.
public enum IndicatorAccumulation: String, Choice {
    /// Each measurement is the state at its date (members, employment, a share): the latest stands.
    case level
    /// Each measurement counts what happened since the one before (people trained): they add up.
    case cumulative

    public var label: Phrase {
        switch self {
        case .level: L("Level: each measurement is the state at its date")
        case .cumulative: L("Cumulative: each measurement adds what happened since the last")
        }
    }
}
