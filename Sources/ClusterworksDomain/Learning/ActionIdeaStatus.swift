/// What became of an idea a participant took home.
public enum ActionIdeaStatus: String, Choice {
    case planned, started, done, dropped
    public var label: Phrase {
        switch self {
        case .planned: L("Taken home, not yet started")
        case .started: L("Started")
        case .done: L("Done")
        case .dropped: L("Dropped")
        }
    }
}
