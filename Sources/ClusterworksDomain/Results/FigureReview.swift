import Foundation

/// The steps a figure takes to a report, and why one cannot be taken. Approval is a second pair of
/// eyes: the person who submitted a figure does not approve it.
public enum FigureReview {
    public enum Step: String, Sendable, CaseIterable {
        case submit, approve, `return`

        public var label: Phrase {
            switch self {
            case .submit: L("Submit for approval")
            case .approve: L("Approve")
            case .return: L("Return for changes")
            }
        }

        public var after: FigureStatus {
            switch self {
            case .submit: .submitted
            case .approve: .approved
            case .return: .returned
            }
        }
    }

    public struct Problem: Error, Sendable, Equatable {
        public let field: String
        public let message: Phrase
        /// The figure is not in a state for the step (409), rather than the request being wrong (422).
        public let conflict: Bool
    }

    public static func problem(_ step: Step, status: FigureStatus, submittedBy: UUID?, reviewer: UUID, comment: String?) -> Problem? {
        switch step {
        case .submit:
            guard status.isOpen else { return .init(field: "status", message: L("is “\(status)”; only a draft or a returned figure is submitted"), conflict: true) }
        case .approve, .return:
            guard status == .submitted else { return .init(field: "status", message: L("is “\(status)”; only a submitted figure is approved or returned"), conflict: true) }
            if let submittedBy, submittedBy == reviewer {
                return .init(field: "reviewedBy", message: L("cannot be the person who submitted the figure: another programme manager approves it"), conflict: false)
            }
            if step == .return, (comment ?? "").allSatisfy(\.isWhitespace) {
                return .init(field: "comment", message: L("is required: say what to change"), conflict: false)
            }
        }
        return nil
    }

    /// Why a figure's fields cannot change now, if they cannot.
    public static func frozen(_ status: FigureStatus) -> Phrase? {
        switch status {
        case .draft, .returned: nil
        case .submitted: L("is submitted for approval; it changes once returned")
        case .approved: L("is approved and frozen; record a correction as a new figure with its reason")
        case .superseded: L("is superseded by an approved correction")
        }
    }
}
