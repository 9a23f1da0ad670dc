/// What the stage rules need to know about a cluster's work so far.
public struct ClusterFacts: Sendable, Equatable {
    public var inProject = false
    public var diagnosticStarted = false
    public var diagnosticValidated = false
    public var events = 0
    public var hasPlan = false
    public var actionsWithLead = 0
    public var handoverInstitution = false
    public var readinessItems = 0
    public var readinessMet = 0
    /// The readiness conditions not yet met, by name.
    public var readinessUnmet: [String] = []
    /// The day the schedule says the project stops paying the broker, if any.
    public var fullTakeover: CalendarDate?
    public var today: CalendarDate

    public init(today: CalendarDate) { self.today = today }
}
