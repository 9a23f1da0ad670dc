/// The languages the interface speaks; a user's setting, else what their browser asks for.
public enum Language: String, Choice {
    case en, es, fr
    public var label: Phrase {
        switch self {
        case .en: .verbatim("English")
        case .es: .verbatim("Español")
        case .fr: .verbatim("Français")
        }
    }
}
