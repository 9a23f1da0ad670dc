/// The three lines of work of the methodology.
public enum LineOfWork: String, Choice {
    case clusters
    case horizontalNetworks = "horizontal_networks"
    case verticalLinkages = "vertical_linkages"

    public var label: Phrase {
        switch self {
        case .clusters: L("Cluster development")
        case .horizontalNetworks: L("Horizontal networks")
        case .verticalLinkages: L("Vertical linkages")
        }
    }
}
