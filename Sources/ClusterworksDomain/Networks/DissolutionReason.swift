public enum DissolutionReason: String, Choice {
    case goalsReached = "goals_reached"
    case conflict
    case membersLeft = "members_left"
    case other

    public var label: Phrase {
        switch self {
        case .goalsReached: L("Goals reached")
        case .conflict: L("Conflict among members")
        case .membersLeft: L("Members left")
        case .other: L("Other")
        }
    }
}
