/// What a broker brokers: a cluster as a whole, networks of firms, or supplier linkages.
public enum BrokerKind: String, Choice {
    case cluster, network, linkage
    public var label: Phrase {
        switch self {
        case .cluster: L("Cluster broker")
        case .network: L("Network broker")
        case .linkage: L("Linkage broker")
        }
    }
}
