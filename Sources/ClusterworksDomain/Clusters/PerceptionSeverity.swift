/// How strongly a stakeholder group sees an issue as a problem; groups agree when they see it alike.
public enum PerceptionSeverity: String, Choice {
    case major, minor
    case notAProblem = "not_a_problem"
    public var label: Phrase {
        switch self {
        case .major: L("A major problem")
        case .minor: L("A minor problem")
        case .notAProblem: L("Not a problem")
        }
    }
}
