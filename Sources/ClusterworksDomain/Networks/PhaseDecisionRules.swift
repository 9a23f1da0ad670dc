/// The whole decision on a network's phase, in one place: the date (not before the network was
/// formed or the previous decision), a network dissolved takes no more decisions, the phase must be
/// one of its kind and not the current one, the conditions of the phase entered — unless a
/// programme manager of the network overrides them with a justification.
public enum PhaseDecisionRules {
    /// Where the network stands when the decision is taken.
    public struct Standing<P: PhaseSequence>: Sendable {
        public let current: P
        public let formedOn: CalendarDate?
        public let dissolvedOn: String?
        public let previousDecision: CalendarDate?
        public let facts: P.Facts

        public init(current: P, formedOn: CalendarDate?, dissolvedOn: String?, previousDecision: CalendarDate?, facts: P.Facts) {
            self.current = current
            self.formedOn = formedOn
            self.dissolvedOn = dissolvedOn
            self.previousDecision = previousDecision
            self.facts = facts
        }
    }

    /// What is decided: a new phase, or (with no phase) the dissolution.
    public struct Proposal: Sendable {
        public let decidedOn: CalendarDate
        public let toPhase: String?
        public let override: Bool
        public init(decidedOn: CalendarDate, toPhase: String?, override: Bool) {
            self.decidedOn = decidedOn
            self.toPhase = toPhase
            self.override = override
        }
    }

    public enum Outcome: Equatable, Sendable {
        case move(from: String, to: String)
        case dissolve(from: String)
    }

    /// A move between phases of the sequence and what stands in its way (conditions only).
    public struct Move: Sendable {
        public let from: String
        public let to: String?
        public let label: Phrase?
        public let missing: [Phrase]
        /// Why the phase asked for is no phase of this kind of network.
        public let invalid: Phrase?
    }

    public static func move<P: PhaseSequence>(from current: P, to raw: String?, _ facts: P.Facts) -> Move {
        guard let raw else { return Move(from: current.rawValue, to: nil, label: nil, missing: [], invalid: nil) }
        guard let target = P(rawValue: raw) else {
            return Move(from: current.rawValue, to: raw, label: nil, missing: [],
                        invalid: L("must be a phase of a network of this kind (\(P.networkKind.rawValue)): \(P.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        return Move(from: current.rawValue, to: raw, label: target.label, missing: P.missing(to: target, from: current, facts), invalid: nil)
    }

    /// The outcome to record, or every reason it may not be.
    /// - Parameter mayOverride: whether the one deciding may override the conditions (`EditPolicy.canOverride`).
    public static func decide<P: PhaseSequence>(_ request: Proposal, _ standing: Standing<P>, mayOverride: Bool) -> Result<Outcome, ValidationErrors> {
        var errors = ValidationErrors()
        if let formed = standing.formedOn, request.decidedOn < formed { errors.add("decidedOn", L("is before the network was formed (\(formed))")) }
        if let last = standing.previousDecision, request.decidedOn < last { errors.add("decidedOn", L("is before the previous decision (\(last))")) }
        let move = move(from: standing.current, to: request.toPhase, standing.facts)
        if let dissolved = standing.dissolvedOn { errors.add(move.to == nil ? "dissolution" : "toPhase", L("the network was dissolved on \(dissolved)")) }
        if let target = move.to, errors.isEmpty {
            if let invalid = move.invalid { errors.add("toPhase", invalid) }
            else if target == move.from { errors.add("toPhase", L("is the phase the network is already in")) }
            if move.invalid == nil && !move.missing.isEmpty && !request.override {
                errors.add("toPhase", L("cannot move to \(move.label ?? .verbatim(target)) yet: \(Phrase.list(move.missing))"))
            }
            if request.override && !mayOverride {
                errors.add("override", L("only a programme manager of this network may override the conditions"))
            }
        }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(move.to.map { .move(from: move.from, to: $0) } ?? .dissolve(from: move.from))
    }
}
