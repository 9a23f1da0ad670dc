/// The level at which an indicator is measured: impact is assessed at the firm, its network or
/// association, the cluster as a whole, and the project.
public enum IndicatorLevel: String, Choice {
    case firm
    case network
    case cluster
    case project

    public var label: Phrase {
        switch self {
        case .firm: L("Firm")
        case .network: L("Network or association")
        case .cluster: L("Cluster")
        case .project: L("Project")
        }
    }
}
