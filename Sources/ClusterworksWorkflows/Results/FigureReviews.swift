import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// A figure's way to a report: its broker submits it, a programme manager of the work approves it
/// or returns it with a comment. Each step is written and audited; approving a correction
/// supersedes the figure it corrects in the same transaction.
package enum FigureReviews {
    package static func take<P: SchemaRecord>(_ step: FigureReview.Step, _ figure: ResultEntryModel, comment: String?,
                                             in owner: P, kind: PartKind<P, ResultEntryModel>, by acting: Acting,
                                             on db: any Database) async throws -> ResultEntryModel {
        try await requireRight(step, owner, kind, acting, db)
        let reviewer = acting.principal.userId
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        let check: @Sendable (ResultEntryModel) throws -> Void = { current in
            if let p = FigureReview.problem(step, status: current.figureStatus, submittedBy: current.submittedBy, reviewer: reviewer, comment: comment) {
                throw FieldErrors(errors: .init(field: p.field, p.message), kind: p.conflict ? .conflict : .invalid)
            }
        }
        let author = acting.author
        return try await db.transaction { tx in
            let done = try await RecordWriter.step(figure, action: step.rawValue, by: author, on: tx, check: check) { f in
                f.status = step.after.rawValue
                switch step {
                case .submit: f.submittedBy = reviewer; f.reviewedBy = nil; f.reviewComment = nil
                case .approve, .return: f.reviewedBy = reviewer; f.reviewComment = comment?.isEmpty == false ? comment : nil
                }
            }
            if step == .approve, let corrected = done.correctionOf, let original = try await ResultEntryModel.find(corrected, on: tx) {
                try await RecordWriter.step(original, action: "supersede", by: author, on: tx, check: { _ in }) { $0.status = FigureStatus.superseded.rawValue }
            }
            return done
        }
    }

    /// Whoever may change the work submits; approving and returning is a programme manager's.
    private static func requireRight<P: SchemaRecord>(_ step: FigureReview.Step, _ owner: P, _ kind: PartKind<P, ResultEntryModel>,
                                                    _ acting: Acting, _ db: any Database) async throws {
        switch step {
        case .submit:
            guard try await kind.owner.canEdit(acting.principal, owner, on: db) else {
                throw Refusal.forbidden(L("You may not submit this \(kind.owner.singular)'s figures."))
            }
        case .approve, .return:
            guard EditPolicy.canReviewFigures(acting.principal, chain: try await kind.owner.chain(of: owner, on: db)) else {
                throw Refusal.forbidden(L("Only a programme manager of this \(kind.owner.singular)'s work approves or returns its figures."))
            }
        }
    }

    /// Figures recorded with the demo stand as approved by the programme.
    package static func approveImported(_ figure: ResultEntryModel, by author: Author, on db: any Database) async throws {
        try await RecordWriter.step(figure, action: "approve", by: author, on: db, check: { _ in }) {
            $0.status = FigureStatus.approved.rawValue
            $0.reviewComment = "Approved with the demo programme."
        }
    }
}
