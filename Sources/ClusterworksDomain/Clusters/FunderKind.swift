/// Who pays for a contribution to the plan's budget; cost sharing is reported by these kinds.
public enum FunderKind: String, Choice {
    case project
    case privateSector = "private_sector"
    case government
    case institutions

    public var label: Phrase {
        switch self {
        case .project: L("Project / donor")
        case .privateSector: L("Private sector")
        case .government: L("Government")
        case .institutions: L("Other institutions")
        }
    }
}

/// Whether a contribution is money or goods and services valued in money.
public enum ContributionForm: String, Choice {
    case cash
    case inKind = "in_kind"
    public var label: Phrase { self == .cash ? L("Cash") : L("In kind") }
}
