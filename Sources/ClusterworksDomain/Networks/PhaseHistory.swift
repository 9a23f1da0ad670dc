/// The phases a network went through, from its recorded decisions: which phase it was in on a day.
public struct PhaseHistory: Sendable {
    public struct Decision: Sendable {
        public let on: CalendarDate
        public let from: NetworkPhase
        public let to: NetworkPhase?
        public init(on: CalendarDate, from: NetworkPhase, to: NetworkPhase?) { self.on = on; self.from = from; self.to = to }
    }

    let decisions: [Decision]
    let current: NetworkPhase

    public init(_ decisions: [Decision], current: NetworkPhase) {
        self.decisions = decisions.sorted { $0.on < $1.on }
        self.current = current
    }

    /// Before the first decision the network was in that decision's starting phase; a dissolution
    /// leaves it in the phase it had.
    public func phase(on day: CalendarDate) -> NetworkPhase {
        guard let first = decisions.first else { return current }
        var phase = first.from
        for d in decisions where d.on <= day { phase = d.to ?? phase }
        return phase
    }

    /// A NET assessment scores the network in the phase it was in on the day: an earlier phase is
    /// fine for an assessment made back then, not for one dated after the network moved on.
    public func assessmentProblems(phase: NetworkPhase?, on day: CalendarDate?) -> ValidationErrors {
        guard let phase, let day else { return .init() }
        let actual = self.phase(on: day)
        guard phase != actual else { return .init() }
        return .init(field: "phase", L("must be the phase the network was in on \(day): \(actual.label) (\(actual.rawValue))"))
    }
}
