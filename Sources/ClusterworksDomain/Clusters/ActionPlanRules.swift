/// An action serves the plan it belongs to: there must be a plan (vision and objectives first), and
/// the action's objective must be one of the plan's strategic objectives.
public enum ActionPlanRules {
    /// - Parameter objectives: the plan's strategic objectives, or nil when the cluster has no plan yet.
    public static func check(objective: String?, planObjectives objectives: [String]?) -> ValidationErrors {
        guard let objectives else { return .init(field: "title", L("needs the cluster's vision and action plan first")) }
        guard let objective, !objectives.contains(objective) else { return .init() }
        return .init(field: "objective", L("must be one of the plan's strategic objectives: \(objectives.joined(separator: "; "))"))
    }
}
