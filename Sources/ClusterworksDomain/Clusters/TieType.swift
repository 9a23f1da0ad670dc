/// How two actors of a cluster are tied.
public enum TieType: String, Choice {
    case supplierOf = "supplier_of"
    case buyerOf = "buyer_of"
    case memberOf = "member_of"
    case serviceProviderTo = "service_provider_to"
    case cooperatesWith = "cooperates_with"
    case inConflictWith = "in_conflict_with"

    public var label: Phrase {
        switch self {
        case .supplierOf: L("Supplier of")
        case .buyerOf: L("Buyer of")
        case .memberOf: L("Member of")
        case .serviceProviderTo: L("Service provider to")
        case .cooperatesWith: L("Cooperates with")
        case .inConflictWith: L("In conflict with")
        }
    }

    /// Cooperation and conflict have no direction: A with B is B with A.
    public var isSymmetric: Bool { self == .cooperatesWith || self == .inConflictWith }
}
