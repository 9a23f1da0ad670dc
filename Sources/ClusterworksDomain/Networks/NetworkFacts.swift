/// What the phase rules need to know about a network's work so far.
public struct NetworkFacts: Sendable, Equatable {
    public var currentMembers = 0
    public var businessPlanAdopted = false
    public var rulesAdopted = false
    public var completedPilotProjects = 0
    /// Indicators of the latest NET assessment at or above their target, and whether it exists.
    public var latestAssessment: (atOrAboveTarget: Int, dependsOnBroker: Bool)?
    public var dissolved = false
    /// The indicators of the latest NET assessment below their target, by name.
    public var belowTarget: [Phrase] = []

    public init() {}

    public static func == (a: NetworkFacts, b: NetworkFacts) -> Bool {
        a.currentMembers == b.currentMembers && a.businessPlanAdopted == b.businessPlanAdopted && a.rulesAdopted == b.rulesAdopted
            && a.completedPilotProjects == b.completedPilotProjects && a.dissolved == b.dissolved
            && a.latestAssessment?.atOrAboveTarget == b.latestAssessment?.atOrAboveTarget
            && a.latestAssessment?.dependsOnBroker == b.latestAssessment?.dependsOnBroker
    }
}
