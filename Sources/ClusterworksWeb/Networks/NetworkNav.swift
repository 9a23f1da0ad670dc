import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Vapor

/// The links between a network's pages, shown at the top of each.
enum NetworkNav {
    static let horizontal: [(path: String, label: Phrase)] = [
        ("phase", L("Phase")), ("rules", L("Rules")), ("business-plans", L("Business plans")), ("joint-projects", L("Joint projects")),
        ("contributions", L("Cost sharing")), ("net", L("NET")), ("results", L("Results")), ("relations", L("Beyond the network")),
    ]
    /// A vertical network (a client and its suppliers) works through supplier development instead.
    static let vertical: [(path: String, label: Phrase)] = [
        ("phase", L("Phase")), ("clients", L("Clients' needs")), ("evaluations", L("Evaluations")), ("round-tables", L("Round tables")),
        ("improvement-plans", L("Improvement plans")),
        ("partnerships", L("Partnerships")), ("results", L("KPIs")), ("relations", L("Beyond the network")),
    ]

    static func header(_ network: NetworkModel, current: String, crumbs: Bool = true) -> HTML {
        SectionNav.render(network.networkKind == .vertical ? vertical : horizontal, list: ("/networks", L("Networks")), owner: .verbatim(network.name),
                          ownerPath: "/networks/\(network.id!.uuidString.lowercased())", current: current, label: L("Network sections"), crumbs: crumbs)
    }
}

/// A record's sub-pages as a navigation bar, with the trail back to it.
enum SectionNav {
    static func render(_ sections: [(path: String, label: Phrase)], list: (path: String, label: Phrase), owner: Phrase, ownerPath: String,
                       current: String, label: Phrase, crumbs: Bool) -> HTML {
        let items = sections.map { s -> HTML in
            s.path == current ? "<li><a href=\"\(ownerPath)/\(s.path)\" aria-current=\"page\">\(s.label)</a></li>"
                              : "<li><a href=\"\(ownerPath)/\(s.path)\">\(s.label)</a></li>"
        }
        let trail: HTML = crumbs ? "<p class=\"crumbs\"><a href=\"\(list.path)\">\(list.label)</a> › <a href=\"\(ownerPath)\">\(owner)</a></p>" : .empty
        return "\(trail)<nav class=\"subnav\" aria-label=\"\(label)\"><ul>\(items)</ul></nav>"
    }

    /// The navigation of the record a part belongs to.
    static func header(_ owner: any SchemaRecord, ownerPath: String, current: String) -> HTML {
        if let network = owner as? NetworkModel { return NetworkNav.header(network, current: current) }
        if owner is ProjectModel {
            return render(ProjectNav.sections, list: ("/projects", L("Projects")),
                          owner: owner.title, ownerPath: ownerPath, current: current, label: L("Project sections"), crumbs: true)
        }
        return ClusterNav.header(owner: owner.title, ownerPath: ownerPath, current: current)
    }
}

/// A project's sections beyond its page: the linkage unit of a project with vertical linkages.
enum ProjectNav {
    static let sections: [(path: String, label: Phrase)] = [("reporting-periods", L("Reporting periods")), ("linkage-unit", L("Linkage unit")), ("linkage-fees", L("Fees and cost recovery"))]
}

/// The sections each kind of owner links from its navigation, for every kind of its records.
enum NavigationSections {
    static func paths(of owner: ScopeKind) -> Set<String> {
        switch owner {
        case .cluster: Set(ClusterNav.sections.map(\.path))
        case .network: Set((NetworkNav.horizontal + NetworkNav.vertical).map(\.path))
        case .project: Set(ProjectNav.sections.map(\.path))
        }
    }
}
