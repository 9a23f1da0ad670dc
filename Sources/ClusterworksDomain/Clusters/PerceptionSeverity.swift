/// How strongly a stakeholder group sees an issue as a problem; groups agree when they see it alike.
public enum PerceptionSeverity: String, Choice {
    case major, minor
    case notAProblem = "not_a_problem"
    public var label: String {
        switch self {
        case .major: "A major problem"
        case .minor: "A minor problem"
        case .notAProblem: "Not a problem"
        }
    }
}
