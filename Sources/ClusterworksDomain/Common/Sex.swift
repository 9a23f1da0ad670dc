public enum Sex: String, Choice {
    case female, male, other, undisclosed
    public var label: Phrase {
        switch self {
        case .female: L("Female")
        case .male: L("Male")
        case .other: L("Other")
        case .undisclosed: L("Prefers not to say")
        }
    }
}
