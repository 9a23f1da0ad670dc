/// What became of an idea a participant took home.
public enum ActionIdeaStatus: String, Choice {
    case planned, started, done, dropped
    public var label: String {
        switch self {
        case .planned: "Taken home, not yet started"
        case .started: "Started"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
}
