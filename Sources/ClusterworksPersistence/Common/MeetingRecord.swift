import ClusterworksDomain
import Foundation

/// A meeting with who came: a cluster's events and a vertical network's round tables keep the same
/// columns for it.
public protocol MeetingRecord: AnyObject {
    var titleText: String { get set }
    var heldOn: String { get set }
    var endedOn: String? { get set }
    var place: String? { get set }
    var purpose: String? { get set }
    var women: Int? { get set }
    var men: Int? { get set }
    var outcomes: String? { get set }
}

extension MeetingRecord {
    public var meetingTitle: String { "\(titleText) (\(heldOn))" }
}
