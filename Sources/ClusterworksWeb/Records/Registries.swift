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
