public enum Sex: String, Choice {
    case female, male, other, undisclosed
    public var label: String {
        switch self {
        case .female: "Female"
        case .male: "Male"
        case .other: "Other"
        case .undisclosed: "Prefers not to say"
        }
    }
}
