public enum LegalForm: String, Choice {
    case informal, association, cooperative, consortium, company
    public var label: String {
        switch self {
        case .informal: "Informal group"
        case .association: "Association"
        case .cooperative: "Cooperative"
        case .consortium: "Consortium"
        case .company: "Company"
        }
    }
}
