public enum LegalForm: String, Choice {
    case informal, association, cooperative, consortium, company
    public var label: Phrase {
        switch self {
        case .informal: L("Informal group")
        case .association: L("Association")
        case .cooperative: L("Cooperative")
        case .consortium: L("Consortium")
        case .company: L("Company")
        }
    }
}
