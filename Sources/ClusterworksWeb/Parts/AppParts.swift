import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// A kind of part as the app mounts, documents and reaches it: its pages and API routes, its
/// OpenAPI description and the workflow kind its writes go through.
protocol AppPart: Sendable {
    var descriptor: PartDescriptor { get }
    /// The section of the owner's navigation that reaches it.
    var navigationSection: String { get }
    func mount(on routes: any RoutesBuilder, api: Bool) throws
}

extension PartRegistry: AppPart {
    func mount(on routes: any RoutesBuilder, api: Bool) throws {
        if api { try routes.register(collection: PartAPI(registry: self)) }
        else { try routes.register(collection: PartPages(registry: self)) }
    }
}

/// Every kind of part of the app, each listed once in its feature: routes, the OpenAPI document,
/// the structure test and the demo loader all read this list.
enum AppParts {
    static let all: [any AppPart] = ClusterParts.all + NetworkParts.all + LinkageParts.all + LinkageUnitParts.all + ReportingParts.all

    static var descriptors: [PartDescriptor] { all.map(\.descriptor) }

    /// The workflow kind of the parts of type `C` that owners of type `P` have.
    static func kind<P: SchemaRecord, C: OwnedRecord>(_: C.Type, of _: P.Type) -> PartKind<P, C>? {
        all.lazy.compactMap { $0 as? PartRegistry<P, C> }.first?.kind
    }
}
