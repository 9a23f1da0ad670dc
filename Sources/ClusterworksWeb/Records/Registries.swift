import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The registries of the foundation, described once.
enum Registries {
    static let countries = Registry(
        kind: RecordKinds.countries, folder: .countries, plural: L("Countries"),
        listColumns: ["nameEn", "code", "nameEs", "nameFr"])

    static let projects = Registry(
        kind: RecordKinds.projects, folder: .projects, plural: L("Projects"),
        listColumns: ["code", "title", "countries", "status", "plannedStart", "budget", "currency"],
        related: { project, req in try await RelatedSections.ofProject(project, req) },
        listScope: { request in
            guard let code = request.filters["country"]?.uppercased() else { return nil }
            return { q in
                q.join(ProjectCountryModel.self, on: \ProjectCountryModel.$project.$id == \ProjectModel.$id)
                    .filter(ProjectCountryModel.self, \.$countryCode == code)
            }
        })

    static let actors = Registry(
        kind: RecordKinds.actors, folder: .actors, plural: L("Actors"),
        listColumns: ["name", "kind", "institutionType", "country", "location", "employees", "sizeClass"],
        related: { actor, req in try await InstitutionSection.render(actor, req) })

    static let persons = Registry(
        kind: RecordKinds.persons, folder: .persons, plural: L("Persons"),
        listColumns: ["name", "role", "sex", "email"])

    static let clusters = Registry(
        kind: RecordKinds.clusters, folder: .clusters, plural: L("Clusters"),
        listColumns: ["name", "country", "place", "sector", "estimatedFirms", "employment", "stage"],
        leading: { cluster, req in try await ClusterDashboard.render(cluster, req) },
        related: { cluster, req in try await RelatedSections.ofCluster(cluster, req) + CooperationSection.partners(cluster, req) })

    static let indicators = Registry(
        kind: RecordKinds.indicators, folder: .indicators, plural: L("Indicator library"),
        listColumns: ["name", "unit", "level", "direction", "dimensions", "status"],
        leading: { indicator, req in try await IndicatorCurationRoutes.notice(indicator, req) })

    static let dimensions = Registry(
        kind: RecordKinds.dimensions, folder: .dimensions, plural: L("Breakdown dimensions"),
        listColumns: ["name", "code", "categories"])

    static let networks = Registry(
        kind: RecordKinds.networks, folder: .networks, plural: L("Networks"),
        listColumns: ["name", "kind", "country", "phase", "formedOn"],
        leading: { network, req in try await NetworkPages.dashboard(network, req) },
        related: { network, req in try await MembershipPages.section(network, req) })
}

/// What a project or a cluster contains, listed on its page.
enum RelatedSections {
    static func ofProject(_ project: ProjectModel, _ req: Request) async throws -> HTML {
        let id = try project.requireID()
        let clusters = try await ClusterModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        func links(_ sections: ArraySlice<NavSection>) -> HTML {
            HTML.join(sections.map { "<a href=\"\($0.path(.projects, id))\">\($0.label)</a>" }, separator: " · ")
        }
        let reporting: HTML = """
        <section><h2>\(L("Reporting"))</h2><p>\(links(ProjectNav.sections.prefix(1))) · <a href="\(SitePath.project(.id(id), .impact))">\(L("Impact at three levels"))</a>
        · <a href="\(SitePath.project(.id(id), .report))">\(L("Report for donors"))</a>
        · <a href="\(SitePath.project(.id(id), .iati))">\(L("IATI file"))</a></p></section>
        """
        let linkage: HTML = reporting + (project.linesOfWork.contains(LineOfWork.verticalLinkages.rawValue)
            ? "<section><h2>\(L("Vertical linkages"))</h2><p>\(links(ProjectNav.sections.dropFirst()))</p></section>"
            : .empty)
        return try await ClusterDashboard.projectCostSharing(project, clusters, req) + linkage + list(L("Clusters"), clusters.map { (.record(.clusters, .id($0.id!)), $0.name) },
                    newLink: SitePath.new(.clusters).href([("projectId", id.lowercasedText)]))
            + list(L("Networks"), networks.map { (.record(.networks, .id($0.id!)), $0.name) },
                   newLink: SitePath.new(.networks).href([("projectId", id.lowercasedText)]))
    }

    static func ofCluster(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$cluster.$id == id).sort(\.$name).all()
        return list(L("Networks in this cluster"), networks.map { (.record(.networks, .id($0.id!)), $0.name) },
                    newLink: SitePath.new(.networks).href([("clusterId", id.lowercasedText), ("country", cluster.countryCode)]))
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

extension HTML {
    static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.raw + b.raw) }
}
