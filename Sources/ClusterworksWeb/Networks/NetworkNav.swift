import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Foundation

/// The links between a network's pages, shown at the top of each.
enum NetworkNav {
    static let horizontal: [NavSection] = [
        .part(.phase, L("Phase")), .part(.rules, L("Rules")), .part(.businessPlans, L("Business plans")), .part(.jointProjects, L("Joint projects")),
        .part(.contributions, L("Cost sharing")), .part(.net, L("NET")), .part(.results, L("Results")), .part(.relations, L("Beyond the network")),
    ]
    /// A vertical network (a client and its suppliers) works through supplier development instead.
    static let vertical: [NavSection] = [
        .part(.phase, L("Phase")), .part(.clients, L("Clients' needs")), .part(.evaluations, L("Evaluations")), .part(.roundTables, L("Round tables")),
        .part(.improvementPlans, L("Improvement plans")),
        .part(.partnerships, L("Partnerships")), .part(.results, L("KPIs")), .part(.relations, L("Beyond the network")),
    ]

    static func header(_ network: NetworkModel, current: String, crumbs: Bool = true) -> HTML {
        header(id: network.id!, name: network.name, vertical: network.networkKind == .vertical, current: current, crumbs: crumbs)
    }

    static func header(id: UUID, name: String, vertical: Bool, current: String, crumbs: Bool = true) -> HTML {
        SectionNav.render(vertical ? self.vertical : horizontal, list: (.networks, L("Networks")), owner: .verbatim(name),
                          id: id, current: current, label: L("Network sections"), crumbs: crumbs)
    }
}

/// A project's sections beyond its page: the linkage unit of a project with vertical linkages.
enum ProjectNav {
    static let sections: [NavSection] = [.part(.reportingPeriods, L("Reporting periods")), .part(.linkageUnit, L("Linkage unit")), .part(.linkageFees, L("Fees and cost recovery"))]
}

/// The sections each kind of owner links from its navigation, for every kind of its records.
enum NavigationSections {
    static func paths(of owner: ScopeKind) -> Set<String> {
        switch owner {
        case .cluster: Set(ClusterNav.sections.map(\.key))
        case .network: Set((NetworkNav.horizontal + NetworkNav.vertical).map(\.key))
        case .project: Set(ProjectNav.sections.map(\.key))
        }
    }
}
