/// The folders of the site: each registry's records and each kind of part of a record live in one.
/// Registries and parts name theirs here, so pages link to them by name and not by spelling.
enum Folder: String, Sendable, CaseIterable {
    // Registries.
    case countries, projects, actors, persons, clusters, networks, indicators, dimensions
    case brokers, brokerEmployments = "broker-employments", brokerAssignments = "broker-assignments"
    case courses, cohorts, courseParticipants = "course-participants"
    case cooperation, cooperationActivities = "cooperation-activities"
    case learning, learningParticipants = "learning-participants", actionIdeas = "action-ideas"
    case adminUsers = "admin/users", users
    // Parts of a cluster.
    case diagnostics, perceptions, chainStages = "chain-stages", linkages, events, plan, actions, contributions
    case reviews, results, handover, readiness, brokerCost = "broker-cost"
    // Parts of a network.
    case phase, rules, businessPlans = "business-plans", jointProjects = "joint-projects", net, relations
    case clients, evaluations, improvementPlans = "improvement-plans", improvementActions = "improvement-actions"
    case partnerships, roundTables = "round-tables"
    // Parts of a project.
    case reportingPeriods = "reporting-periods", linkageUnit = "linkage-unit", linkageFees = "linkage-fees"

    /// The words of the folder's path (`admin/users` is two).
    var words: [String] { rawValue.split(separator: "/").map(String.init) }
}
