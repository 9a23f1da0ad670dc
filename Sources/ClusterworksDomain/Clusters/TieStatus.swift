/// What the broker found about a tie: it works, it is weak, or it should exist and does not.
public enum TieStatus: String, Choice {
    case existing
    case toStrengthen = "to_strengthen"
    case missing
    public var label: Phrase {
        switch self {
        case .existing: L("Existing")
        case .toStrengthen: L("To strengthen")
        case .missing: L("Missing")
        }
    }
}
