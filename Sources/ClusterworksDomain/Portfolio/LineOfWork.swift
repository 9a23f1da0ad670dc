/// The three lines of work of the methodology.
public enum LineOfWork: String, Choice {
    case clusters
    case horizontalNetworks = "horizontal_networks"
    case verticalLinkages = "vertical_linkages"

    public var label: String {
        switch self {
        case .clusters: "Cluster development"
        case .horizontalNetworks: "Horizontal networks"
        case .verticalLinkages: "Vertical linkages"
        }
    }
}
