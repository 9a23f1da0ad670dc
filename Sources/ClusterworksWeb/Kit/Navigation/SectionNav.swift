import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Foundation

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
