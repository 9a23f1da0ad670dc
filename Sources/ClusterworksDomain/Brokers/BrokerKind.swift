/// What a broker brokers: a cluster as a whole, networks of firms, or supplier linkages.
public enum BrokerKind: String, Choice {
    case cluster, network, linkage
    public var label: String {
        switch self {
        case .cluster: "Cluster broker"
        case .network: "Network broker"
        case .linkage: "Linkage broker"
        }
    }
}
