import ClusterworksDomain
import ClusterworksWorkflows

/// Where a record of a type has its page.
enum RecordPaths {
    /// The top-level page of a type; parts of a cluster have none of their own.
    static func path(_ type: RecordType) -> String? {
        switch type {
        case .country: "countries"
        case .project: "projects"
        case .actor: "actors"
        case .person: "persons"
        case .cluster: "clusters"
        case .network: "networks"
        case .user: "admin/users"
        case .indicator: "indicators"
        case .dimension: "dimensions"
        default: nil
        }
    }
}
