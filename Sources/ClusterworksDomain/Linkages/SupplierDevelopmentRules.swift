/// Who may appear where in supplier development: records of a vertical network name its members in
/// the right role (the client as client, a supplier as supplier), and a client decides on a
/// partnership only with a supplier evaluated in that network.
public enum SupplierDevelopmentRules {
    /// - Parameters: `held` the roles the named organisation has in the network; `wanted` those the record needs.
    public static func member(_ field: String, network: NetworkKind, held: Set<MembershipRole>, wanted: Set<MembershipRole>) -> ValidationErrors {
        guard network == .vertical else { return .init(field: field, L("belongs to a vertical network (client and suppliers); this one is horizontal")) }
        guard held.isDisjoint(with: wanted) else { return .init() }
        return .init(field: field, L("must be a member of this network in the role: \(Phrase.list(MembershipRole.allCases.filter(wanted.contains).map(\.label), separator: " / "))"))
    }

    public static func partnership(supplierEvaluations: Int) -> ValidationErrors {
        supplierEvaluations > 0 ? .init()
            : .init(field: "supplierId", L("was never evaluated in this network; evaluate the supplier before the partnership decision"))
    }
}
