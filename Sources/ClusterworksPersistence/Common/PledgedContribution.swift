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

    /// The funder's fields, whatever the contribution goes to.
    func putPledge(into v: inout RecordValues) {
        v.put("funderName", funderName); v.put("funderActorId", funderActorId); v.put("funderKind", funderKind); v.put("form", form)
        v.put("pledged", pledged); v.put("pledgedOn", date: pledgedOn); v.put("paid", paid); v.put("paidOn", date: paidOn)
    }

    func applyPledge(_ v: RecordValues) {
        funderName = v.text("funderName") ?? ""; funderActorId = v.uuid("funderActorId"); funderKind = v.text("funderKind") ?? ""
        form = v.text("form") ?? ContributionForm.cash.rawValue; pledged = v.double("pledged") ?? 0
        pledgedOn = v.dateText("pledgedOn") ?? ""; paid = v.double("paid"); paidOn = v.dateText("paidOn")
    }
}
