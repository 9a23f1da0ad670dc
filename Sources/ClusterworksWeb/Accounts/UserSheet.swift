import ClusterworksDomain
import ClusterworksPersistence
import Foundation

/// A user's page for an admin (or a new user's), loaded once: the form, the user's assignments
/// with what else may be assigned, and the history.
struct UserSheet: Sendable {
    struct Assignment: Sendable {
        let id: UUID
        let kind: ScopeKind
        let scopeId: UUID
        let title: String
    }

    struct Existing: Sendable {
        let id: UUID
        let assignments: [Assignment]
        /// What may be assigned, as `kind:id` with its label.
        let choices: [(value: String, kind: ScopeKind, label: Phrase)]
        let history: RecordHistory
    }

    let title: Phrase
    let form: FilledForm
    /// Nil for a new user, who is given a first password instead.
    let existing: Existing?
}
