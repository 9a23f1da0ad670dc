import ClusterworksDomain

/// Why a workflow will not act, apart from the fields of a submission: the web layer turns each
/// into its status (403, 404, 405), the CLI into one line.
package enum Refusal: Error, Sendable, Equatable {
    /// The one acting may not do this.
    case forbidden(Phrase)
    /// No such record — or none that the one acting may see.
    case notFound(Phrase)
    /// The record is history and is never changed this way.
    case notAllowed(Phrase)

    package var phrase: Phrase {
        switch self {
        case .forbidden(let r), .notFound(let r), .notAllowed(let r): r
        }
    }
}
