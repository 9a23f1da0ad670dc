/// How two actors of a cluster are tied.
public enum TieType: String, Choice {
    case supplierOf = "supplier_of"
    case buyerOf = "buyer_of"
    case memberOf = "member_of"
    case serviceProviderTo = "service_provider_to"
    case cooperatesWith = "cooperates_with"
    case inConflictWith = "in_conflict_with"

    public var label: String {
        switch self {
        case .supplierOf: "Supplier of"
        case .buyerOf: "Buyer of"
        case .memberOf: "Member of"
        case .serviceProviderTo: "Service provider to"
        case .cooperatesWith: "Cooperates with"
        case .inConflictWith: "In conflict with"
        }
    }

    /// Cooperation and conflict have no direction: A with B is B with A.
    public var isSymmetric: Bool { self == .cooperatesWith || self == .inConflictWith }
}
