public enum ActionStatus: String, Choice {
    case planned
    case inProgress = "in_progress"
    case done, delayed, dropped

    public var label: String {
        switch self {
        case .planned: "Planned"
        case .inProgress: "In progress"
        case .done: "Done"
        case .delayed: "Delayed"
        case .dropped: "Dropped"
        }
    }
}
