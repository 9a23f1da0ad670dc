import ClusterworksDomain

extension String.StringInterpolation {
    /// A phrase pasted into a plain string (a CSV cell, a link's text) is said in the reader's
    /// language rather than printing its structure.
    mutating func appendInterpolation(_ phrase: Phrase) { appendLiteral(phrase.said) }
    mutating func appendInterpolation(_ phrase: Phrase?) { appendLiteral(phrase?.said ?? "") }
}
