/// The schedule by which the project's share of the field broker's cost falls as the local
/// institution's rises (Boaco: the project subsidises the field worker until the foundation pays all).
public struct BrokerCostSchedule: Sendable, Equatable {
    public struct Step: Sendable, Equatable {
        public let from: CalendarDate
        public let projectShare: Double
        public let institutionShare: Double
        public init(from: CalendarDate, projectShare: Double, institutionShare: Double) {
            self.from = from; self.projectShare = projectShare; self.institutionShare = institutionShare
        }
    }

    public let steps: [Step]
    public init(_ steps: [Step]) { self.steps = steps.sorted { $0.from < $1.from } }

    /// Whether `candidate` fits the schedule: one step per date, the project's share never rising
    /// and the institution's never falling.
    public static func check(_ candidate: Step, replacing: CalendarDate?, in existing: [Step]) -> ValidationErrors {
        var errors = ValidationErrors()
        let others = existing.filter { $0.from != replacing }
        if others.contains(where: { $0.from == candidate.from }) { errors.add("fromOn", L("already has a step on \(candidate.from)")) }
        let steps = (others + [candidate]).sorted { $0.from < $1.from }
        for (a, b) in zip(steps, steps.dropFirst()) where b == candidate || a == candidate {
            if b.projectShare > a.projectShare + 1e-9 {
                errors.add("projectShare", L("must not rise over time: \(a.from) \(FieldValue.decimal(a.projectShare).display) % then \(b.from) \(FieldValue.decimal(b.projectShare).display) %"))
            }
            if b.institutionShare + 1e-9 < a.institutionShare {
                errors.add("institutionShare", L("must not fall over time: \(a.from) \(FieldValue.decimal(a.institutionShare).display) % then \(b.from) \(FieldValue.decimal(b.institutionShare).display) %"))
            }
        }
        return errors
    }

    /// The step in force on a day, if the schedule has begun.
    public func step(on day: CalendarDate) -> Step? { steps.last { $0.from <= day } }

    /// The first day the institution pays everything and the project nothing.
    public var fullTakeover: CalendarDate? { steps.first { $0.projectShare == 0 && $0.institutionShare >= 100 }?.from }
}
