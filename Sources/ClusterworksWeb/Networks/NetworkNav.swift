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
        SectionNav.render(network.networkKind == .vertical ? vertical : horizontal, list: (.networks, L("Networks")), owner: .verbatim(network.name),
                          id: network.id!, current: current, label: L("Network sections"), crumbs: crumbs)
    }
}

/// One link of a record's navigation: a kind of its parts, or a page of its own (a cluster's network analysis).
struct NavSection: Sendable {
    /// What a page names as its current section.
    let key: String
    let label: Phrase
    let path: @Sendable (Folder, UUID) -> SitePath

    static func part(_ folder: Folder, _ label: Phrase) -> NavSection {
        NavSection(key: folder.rawValue, label: label) { owner, id in .parts(owner, .id(id), folder) }
    }
}

/// A record's sub-pages as a navigation bar, with the trail back to it.
enum SectionNav {
    static func render(_ sections: [NavSection], list: (folder: Folder, label: Phrase), owner: Phrase, id: UUID,
                       current: String, label: Phrase, crumbs: Bool) -> HTML {
        let items = sections.map { s -> HTML in
            s.key == current ? "<li><a href=\"\(s.path(list.folder, id))\" aria-current=\"page\">\(s.label)</a></li>"
                             : "<li><a href=\"\(s.path(list.folder, id))\">\(s.label)</a></li>"
        }
        let trail: HTML = crumbs ? "<p class=\"crumbs\"><a href=\"\(SitePath.list(list.folder))\">\(list.label)</a> › <a href=\"\(SitePath.record(list.folder, .id(id)))\">\(owner)</a></p>" : .empty
        return "\(trail)<nav class=\"subnav\" aria-label=\"\(label)\"><ul>\(items)</ul></nav>"
    }

    /// The navigation of the record a part belongs to.
    static func header(_ owner: any SchemaRecord, current: String) -> HTML {
        if let network = owner as? NetworkModel { return NetworkNav.header(network, current: current) }
        if owner is ProjectModel {
            return render(ProjectNav.sections, list: (.projects, L("Projects")),
                          owner: owner.title, id: owner.id!, current: current, label: L("Project sections"), crumbs: true)
        }
        return ClusterNav.header(owner: owner.title, id: owner.id!, current: current)
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
