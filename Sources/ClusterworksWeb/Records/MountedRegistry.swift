import ClusterworksDomain
import Vapor

/// A registry as the app mounts and documents it, whatever its model.
protocol MountedRegistry: Sendable {
    var folder: Folder { get }
    /// Its records' name in the OpenAPI document (`Country`).
    var apiName: String { get }
    var schema: RecordSchema { get }
    /// The list's paging, search, sorting and filters, as the route reads them.
    var listParameters: [QueryParameter] { get }
    func mount(on routes: any RoutesBuilder, api: Bool) throws
}

extension Registry: MountedRegistry {
    /// "breakdown dimension" → `BreakdownDimension`, a name OpenAPI's component keys accept.
    var apiName: String { singular.english.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
    var listParameters: [QueryParameter] { ListParameters.of(M.self) }

    func mount(on routes: any RoutesBuilder, api: Bool) throws {
        if api { try routes.register(collection: RegistryAPI(registry: self)) }
        else { try routes.register(collection: RegistryPages(registry: self)) }
    }
}

extension Registries {
    /// Every registry of the foundation: the app mounts its pages and API, and the OpenAPI document its paths, from here.
    static let all: [any MountedRegistry] = [countries, projects, actors, persons, clusters, networks, indicators, dimensions] + ProgrammeRegistries.all
}
