import ClusterworksDomain
import ClusterworksPersistence
import NIOConcurrencyHelpers

/// The portfolio's body is the same for everyone reading in one language until a project, a
/// country, a cluster or a network changes: one drawing per language is kept with the state it was
/// drawn from, and used while the database still holds that state (so several servers stay right).
final class PortfolioBodies: Sendable {
    private let drawn = NIOLockedValueBox<[Language: (state: PortfolioState, body: HTML)]>([:])

    func body(for state: PortfolioState, in language: Language, draw: () async throws -> HTML) async rethrows -> HTML {
        if let kept = drawn.withLockedValue({ $0[language] }), kept.state == state { return kept.body }
        let body = try await draw()
        drawn.withLockedValue { $0[language] = (state, body) }
        return body
    }
}
