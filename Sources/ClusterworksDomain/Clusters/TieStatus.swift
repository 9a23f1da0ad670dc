/// What the broker found about a tie: it works, it is weak, or it should exist and does not.
public enum TieStatus: String, Choice {
    case existing
    case toStrengthen = "to_strengthen"
    case missing
    public var label: String {
        switch self {
        case .existing: "Existing"
        case .toStrengthen: "To strengthen"
        case .missing: "Missing"
        }
    }
}
