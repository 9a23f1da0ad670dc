/// The phases a network of one kind goes through, in order, and what it takes to enter each:
/// the five phases of a horizontal network, or supplier development for a vertical one.
public protocol PhaseSequence: Choice {
    /// What the conditions look at, as recorded for the network.
    associatedtype Facts: Sendable
    /// The kind of network that goes through these phases.
    static var networkKind: NetworkKind { get }
    var order: Int { get }
    /// What entering the phase asks, as the phase page documents it.
    static func conditions(_ phase: Self) -> [Phrase]
    /// What stands in the way of moving from `current` to `target`; empty when it may.
    static func missing(to target: Self, from current: Self, _ facts: Facts) -> [Phrase]
}

extension NetworkPhase: PhaseSequence {
    public static var networkKind: NetworkKind { .horizontal }
    public static func conditions(_ phase: NetworkPhase) -> [Phrase] { NetworkPhaseRules.conditions(phase) }
    public static func missing(to target: NetworkPhase, from current: NetworkPhase, _ facts: NetworkFacts) -> [Phrase] {
        NetworkPhaseRules.missing(to: target, from: current, facts)
    }
}

extension VerticalPhase: PhaseSequence {
    public static var networkKind: NetworkKind { .vertical }
    public static func conditions(_ phase: VerticalPhase) -> [Phrase] { VerticalPhaseRules.conditions(phase) }
    public static func missing(to target: VerticalPhase, from current: VerticalPhase, _ facts: VerticalFacts) -> [Phrase] {
        VerticalPhaseRules.missing(to: target, from: current, facts)
    }
}
