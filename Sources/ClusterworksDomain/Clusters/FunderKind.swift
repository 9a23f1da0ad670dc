/// Who pays for a contribution to the plan's budget; cost sharing is reported by these kinds.
public enum FunderKind: String, Choice {
    case project
    case privateSector = "private_sector"
    case government
    case institutions

    public var label: String {
        switch self {
        case .project: "Project / donor"
        case .privateSector: "Private sector"
        case .government: "Government"
        case .institutions: "Other institutions"
        }
    }
}

/// Whether a contribution is money or goods and services valued in money.
public enum ContributionForm: String, Choice {
    case cash
    case inKind = "in_kind"
    public var label: String { self == .cash ? "Cash" : "In kind" }
}
