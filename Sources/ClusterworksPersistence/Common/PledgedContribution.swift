import ClusterworksDomain

/// A contribution pledged and paid by a kind of funder, to a cluster's action or a network's joint
/// project: both read the same way for cost sharing.
public protocol PledgedContribution {
    var funderKind: String { get }
    var pledged: Double { get }
    var paid: Double? { get }
}

extension PledgedContribution {
    public var share: CostSharing.Contribution? {
        FunderKind(rawValue: funderKind).map { .init(kind: $0, pledged: pledged, paid: paid ?? 0) }
    }
}
