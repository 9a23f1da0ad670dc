/// The level at which an indicator is measured: impact is assessed at the firm, its network or
/// association, the cluster as a whole, and the project.
public enum IndicatorLevel: String, Choice {
    case firm
    case network
    case cluster
    case project

    public var label: String {
        switch self {
        case .firm: "Firm"
        case .network: "Network or association"
        case .cluster: "Cluster"
        case .project: "Project"
        }
    }
}
