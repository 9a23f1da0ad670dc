import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// The registries of the foundation, described once.
enum Registries {
    static let countries = Registry<CountryModel>(
        path: "countries", singular: "country", plural: "Countries",
        listColumns: ["nameEn", "code", "nameEs", "nameFr"], access: .admin)

    static let projects = Registry<ProjectModel>(
        path: "projects", singular: "project", plural: "Projects",
        listColumns: ["code", "title", "countries", "status", "plannedStart", "budget", "currency"], access: .scoped(.project),
        related: { project, req in try await RelatedSections.ofProject(project, req) },
        listScope: { request in
            guard let code = request.filters["country"]?.uppercased() else { return nil }
            return { q in
                q.join(ProjectCountryModel.self, on: \ProjectCountryModel.$project.$id == \ProjectModel.$id)
                    .filter(ProjectCountryModel.self, \.$countryCode == code)
            }
        })

    static let actors = Registry<ActorModel>(
        path: "actors", singular: "actor", plural: "Actors",
        listColumns: ["name", "kind", "institutionType", "country", "location", "employees", "sizeClass"], access: .registry)

    static let persons = Registry<PersonModel>(
        path: "persons", singular: "person", plural: "Persons",
        listColumns: ["name", "role", "sex", "email"], access: .registry)

    static let clusters = Registry<ClusterModel>(
        path: "clusters", singular: "cluster", plural: "Clusters",
        listColumns: ["name", "country", "place", "sector", "estimatedFirms", "employment", "stage"], access: .scoped(.cluster),
        parentChain: { values, _ in values.uuid("projectId").map { [ScopeRef(.project, $0)] } ?? [] },
        leading: { cluster, req in try await ClusterDashboard.render(cluster, req) },
        related: { cluster, req in try await RelatedSections.ofCluster(cluster, req) },
        writeRules: { values, existing, db in
            var errors = try await ClusterDashboard.stageRule(values, existing, db)
            errors.mergeNew(try await PlaceRules.cluster(values, db))
            return errors
        })

    static let indicators = Registry<IndicatorModel>(
        path: "indicators", singular: "indicator", plural: "Indicator library",
        listColumns: ["name", "unit", "level", "direction", "disaggregation"], access: .registry)

    static let networks = Registry<NetworkModel>(
        path: "networks", singular: "network", plural: "Networks",
        listColumns: ["name", "kind", "country", "phase", "formedOn"], access: .scoped(.network),
        parentChain: { values, db in try await networkParents(values, db) },
        leading: { network, req in try await NetworkPages.dashboard(network, req) },
        related: { network, req in try await MembershipPages.section(network, req) },
        writeRules: { values, existing, db in
            var errors = try await PlaceRules.network(values, db)
            // After a network is recorded its phase changes only by a decision, which checks the conditions.
            if let existing, let phase = values.text("phase"), phase != existing.phase {
                errors.mergeNew(.init(field: "phase", "changes by a recorded decision on the network's phase page"))
            }
            return errors
        })

    /// A network sits in its cluster (and that cluster's project) and in its own project.
    static func networkParents(_ values: RecordValues, _ db: any Database) async throws -> [ScopeRef] {
        var chain: [ScopeRef] = []
        if let clusterId = values.uuid("clusterId") {
            chain.append(ScopeRef(.cluster, clusterId))
            if let projectId = try await ClusterModel.find(clusterId, on: db)?.$project.id {
                chain.append(ScopeRef(.project, projectId))
            }
        }
        if let projectId = values.uuid("projectId") { chain.append(ScopeRef(.project, projectId)) }
        return chain
    }
}

/// What a project or a cluster contains, listed on its page.
enum RelatedSections {
    static func ofProject(_ project: ProjectModel, _ req: Request) async throws -> HTML {
        let id = try project.requireID()
        let clusters = try await ClusterModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$project.$id == id).sort(\.$name).all()
        let linkage: HTML = project.linesOfWork.contains(LineOfWork.verticalLinkages.rawValue)
            ? "<section><h2>Vertical linkages</h2><p><a href=\"/projects/\(id.uuidString.lowercased())/linkage-unit\">Linkage unit</a> · <a href=\"/projects/\(id.uuidString.lowercased())/linkage-fees\">Fees and cost recovery</a></p></section>"
            : .empty
        return try await ClusterDashboard.projectCostSharing(project, clusters, req) + linkage + list("Clusters", clusters.map { ("/clusters/\($0.id!.uuidString.lowercased())", $0.name) },
                    newLink: "/clusters/new?projectId=\(id.uuidString.lowercased())")
            + list("Networks", networks.map { ("/networks/\($0.id!.uuidString.lowercased())", $0.name) },
                   newLink: "/networks/new?projectId=\(id.uuidString.lowercased())")
    }

    static func ofCluster(_ cluster: ClusterModel, _ req: Request) async throws -> HTML {
        let id = try cluster.requireID()
        let networks = try await NetworkModel.query(on: req.db).filter(\.$cluster.$id == id).sort(\.$name).all()
        return list("Networks in this cluster", networks.map { ("/networks/\($0.id!.uuidString.lowercased())", $0.name) },
                    newLink: "/networks/new?clusterId=\(id.uuidString.lowercased())&country=\(cluster.countryCode)")
    }

    static func list(_ title: String, _ items: [(String, String)], newLink: String) -> HTML {
        let lis = items.map { "<li><a href=\"\($0.0)\">\($0.1)</a></li>" as HTML }
        return """
        <section><h2>\(title)</h2>
        \(lis.isEmpty ? ("<p>None yet.</p>" as HTML) : "<ul>\(lis)</ul>")
        <p><a href="\(newLink)">Add one</a></p></section>
        """
    }
}

extension HTML {
    static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.raw + b.raw) }
}
