import OpenAPIKit
import Vapor

/// An API route collection that documents, beside its routes, the paths it mounts and the schemas only
/// it uses; the OpenAPI document gathers them from the same list the app mounts (`APICollections`).
protocol DocumentedAPI: RouteCollection {
    init()
    static var paths: [(path: String, item: OpenAPI.PathItem)] { get }
    static var schemas: [(name: String, schema: JSONSchema)] { get }
}

extension DocumentedAPI {
    static var schemas: [(name: String, schema: JSONSchema)] { [] }
}
