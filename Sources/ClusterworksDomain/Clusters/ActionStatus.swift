public enum ActionStatus: String, Choice {
    case planned
    case inProgress = "in_progress"
    case done, delayed, dropped

    public var label: Phrase {
        switch self {
        case .planned: L("Planned")
        case .inProgress: L("In progress")
        case .done: L("Done")
        case .delayed: L("Delayed")
        case .dropped: L("Dropped")
        }
    }

    /// "2 done": the count with the state, agreeing with it in each language (actions are feminine in Spanish and French).
    public func counted(_ n: Int) -> Phrase {
        switch self {
        case .planned: L("\(n) planned")
        case .inProgress: L("\(n) in progress")
        case .done: L("\(n) done")
        case .delayed: L("\(n) delayed")
        case .dropped: L("\(n) dropped")
        }
    }
}
