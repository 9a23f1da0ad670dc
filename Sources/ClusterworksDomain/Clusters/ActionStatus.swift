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
}
