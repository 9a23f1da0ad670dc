/// The forms a language gives a noun after a number, as CLDR names them. English and Spanish say
/// "1 member, 0 members"; French says "0 membre, 1 membre, 2 membres".
public enum PluralCategory: String, Sendable, CaseIterable {
    case one, other

    public static func of(_ n: Int, in language: Language) -> PluralCategory {
        switch language {
        case .en, .es: n == 1 ? .one : .other
        case .fr: n == 0 || n == 1 ? .one : .other
        }
    }
}
