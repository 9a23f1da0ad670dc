/// Where a figure stands on its way to a report: a broker's draft, submitted for review, approved
/// (frozen; reports carry it), returned with a comment, or superseded by an approved correction.
public enum FigureStatus: String, Choice {
    case draft, submitted, approved, returned, superseded

    public var label: Phrase {
        switch self {
        case .draft: L("Draft")
        case .submitted: L("Submitted for approval")
        case .approved: L("Approved")
        case .returned: L("Returned for changes")
        case .superseded: L("Superseded by a correction")
        }
    }

    /// Its fields may still change (by whoever may edit the cluster or network).
    public var isOpen: Bool { self == .draft || self == .returned }

    /// It still counts among the figures of its indicator and subject (the one it corrects aside).
    public var counts: Bool { self != .superseded }
}
