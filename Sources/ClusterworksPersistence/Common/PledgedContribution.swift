import ClusterworksDomain
import Foundation

/// A contribution pledged and paid by a kind of funder, to a cluster's action or a network's joint
/// project: both keep the same funder columns and read the same way for cost sharing.
public protocol PledgedContribution: AnyObject {
    var funderName: String { get set }
    var funderActorId: UUID? { get set }
    var funderKind: String { get set }
    var form: String { get set }
    var pledged: Double { get set }
    var pledgedOn: String { get set }
    var paid: Double? { get set }
    var paidOn: String? { get set }
}

extension PledgedContribution {
    public var share: CostSharing.Contribution? {
        FunderKind(rawValue: funderKind).map { .init(kind: $0, pledged: pledged, paid: paid ?? 0) }
    }

    public var pledgeTitle: String { "\(funderName): \(FieldValue.decimal(pledged).display) pledged" }
}
