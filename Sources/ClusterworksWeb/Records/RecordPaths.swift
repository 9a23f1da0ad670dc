import ClusterworksDomain
import ClusterworksWorkflows

/// Where a record of a type has its page.
enum RecordPaths {
    /// The folder of a type's records; parts of a cluster have none of their own.
    static func folder(_ type: RecordType) -> Folder? {
        switch type {
        case .country: .countries
        case .project: .projects
        case .actor: .actors
        case .person: .persons
        case .cluster: .clusters
        case .network: .networks
        case .user: .adminUsers
        case .indicator: .indicators
        case .dimension: .dimensions
        default: nil
        }
    }
}
