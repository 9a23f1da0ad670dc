public enum DissolutionReason: String, Choice {
    case goalsReached = "goals_reached"
    case conflict
    case membersLeft = "members_left"
    case other

    public var label: String {
        switch self {
        case .goalsReached: "Goals reached"
        case .conflict: "Conflict among members"
        case .membersLeft: "Members left"
        case .other: "Other"
        }
    }
}
