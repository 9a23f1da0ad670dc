import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// What a project contains, as its page lists it: its reporting, its clusters' cost sharing, its
/// clusters and networks.
struct ProjectContents: Sendable {
    let projectId: UUID
    let verticalLinkages: Bool
    /// The cost sharing of all the project's clusters together.
    let cost: CostSharing
    let currency: String
    let clusters: [(id: UUID, name: String)]
    let networks: [(id: UUID, name: String)]
}

/// The networks a cluster holds, as its page lists them.
struct ClusterContents: Sendable {
    let clusterId: UUID
    let countryCode: String
    let networks: [(id: UUID, name: String)]
}

/// What a project or a cluster contains, listed on its page.
enum RelatedSections {
    static func ofProject(_ project: ProjectModel, _ req: Request) async throws -> HTML {
        let id = try project.requireID()
        let clusters = try await ClusterModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        let ids = clusters.compactMap(\.id)
        let contributions = ids.isEmpty ? [] : try await ContributionModel.query(on: req.db).filter(\.$clusterId ~~ ids).all()
        return Self.project(ProjectContents(
            projectId: id, verticalLinkages: project.linesOfWork.contains(LineOfWork.verticalLinkages.rawValue),
            cost: CostSharing(contributions.compactMap(\.share)), currency: project.currency ?? "USD",
            clusters: clusters.map { ($0.id!, $0.name) }, networks: networks.map { ($0.id!, $0.name) }))
    }

    static func ofCluster(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$cluster.$id == id).sort(\.$name).all()
        return self.cluster(ClusterContents(clusterId: id, countryCode: cluster.countryCode, networks: networks.map { ($0.id!, $0.name) }))
    }

    /// Pure.
    static func project(_ p: ProjectContents) -> HTML {
        let id = p.projectId
        func links(_ sections: ArraySlice<NavSection>) -> HTML {
            HTML.join(sections.map { "<a href=\"\($0.path(.projects, id))\">\($0.label)</a>" }, separator: " · ")
        }
        let reporting: HTML = """
        <section><h2>\(L("Reporting"))</h2><p>\(links(ProjectNav.sections.prefix(1))) · <a href="\(SitePath.project(.id(id), .impact))">\(L("Impact at three levels"))</a>
        · <a href="\(SitePath.project(.id(id), .report))">\(L("Report for donors"))</a>
        · <a href="\(SitePath.project(.id(id), .iati))">\(L("IATI file"))</a></p></section>
        """
        let linkage: HTML = p.verticalLinkages
            ? "<section><h2>\(L("Vertical linkages"))</h2><p>\(links(ProjectNav.sections.dropFirst()))</p></section>" : .empty
        return "<section><h2>\(L("Cost sharing across the project's clusters"))</h2>\(PlanPages.costTable(p.cost, currency: p.currency))</section>"
            + reporting + linkage
            + list(L("Clusters"), p.clusters.map { (.record(.clusters, .id($0.id)), $0.name) }, newLink: SitePath.new(.clusters).href([("projectId", id.lowercasedText)]))
            + list(L("Networks"), p.networks.map { (.record(.networks, .id($0.id)), $0.name) }, newLink: SitePath.new(.networks).href([("projectId", id.lowercasedText)]))
    }

    /// Pure.
    static func cluster(_ c: ClusterContents) -> HTML {
        list(L("Networks in this cluster"), c.networks.map { (.record(.networks, .id($0.id)), $0.name) },
             newLink: SitePath.new(.networks).href([("clusterId", c.clusterId.lowercasedText), ("country", c.countryCode)]))
    }

    static func list(_ title: Phrase, _ items: [(SitePath, String)], newLink: String) -> HTML {
        let lis = items.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" as HTML }
        return """
        <section><h2>\(title)</h2>
        \(lis.isEmpty ? ("<p>\(L("None yet."))</p>" as HTML) : "<ul>\(lis)</ul>")
        <p><a href="\(newLink)">\(L("Add one"))</a></p></section>
        """
    }
}
