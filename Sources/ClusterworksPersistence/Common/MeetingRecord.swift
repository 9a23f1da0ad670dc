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
    var actorIds: String { get set }
    var personIds: String { get set }
    var women: Int? { get set }
    var men: Int? { get set }
    var outcomes: String? { get set }
}

extension MeetingRecord {
    public var meetingTitle: String { "\(titleText) (\(heldOn))" }

    func putMeeting(into v: inout RecordValues) {
        v.put("title", titleText); v.put("heldOn", date: heldOn); v.put("endedOn", date: endedOn); v.put("place", place); v.put("purpose", purpose)
        v.put("actorIds", lines: actorIds); v.put("personIds", lines: personIds); v.put("women", women); v.put("men", men); v.put("outcomes", outcomes)
    }

    func applyMeeting(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; heldOn = v.dateText("heldOn") ?? ""; endedOn = v.dateText("endedOn"); place = v.text("place")
        purpose = v.text("purpose"); actorIds = v.lines("actorIds"); personIds = v.lines("personIds"); women = v.int("women"); men = v.int("men")
        outcomes = v.text("outcomes")
    }
}
