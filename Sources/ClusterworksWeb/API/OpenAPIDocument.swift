import ClusterworksDomain
import ClusterworksPersistence
import Foundation
import OpenAPIKit
import Vapor

/// The OpenAPI 3.1 document as typed values (OpenAPIKit), gathered from what the app mounts: the
/// registries, the parts of `AppParts`, and each collection of `APICollections` with its own paths.
enum OpenAPIDocument {
    /// A registry as the document shows it.
    struct Collection {
        let path: String
        let name: String
        let parameters: [QueryParameter]
        let schema: RecordSchema
    }

    static var collections: [Collection] {
        Registries.all.map { .init(path: "/" + $0.folder.rawValue, name: $0.apiName, parameters: $0.listParameters, schema: $0.schema) }
    }

    static func build() -> OpenAPI.Document {
        let apis = APICollections.open + APICollections.signedIn
        let paths = registryPaths() + partPaths() + apis.flatMap { $0.paths }
        var schemas = collections.map { (name: $0.name, schema: APISchema.record($0.schema)) } + partSchemas()
        schemas += apis.flatMap { $0.schemas }
        // A change sends only the fields it changes.
        let changed = Set(collections.map(\.name) + ["Membership", "User"] + AppParts.descriptors.map(\.name))
        schemas += schemas.filter { changed.contains($0.name) }.map { ($0.name + "Change", APISchema.change($0.schema)) }
        schemas.append(("Error", APIOperation.errorSchema))
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(title: "Clusterworks API",
                        description: "Clusters and networks of SMEs. Dates are ISO 8601 (YYYY-MM-DD), fields camelCase.", version: "1.0.0"),
            servers: [.init(urlTemplate: URLTemplate(rawValue: "/api/v1")!)],
            paths: OrderedDictionary(paths.map { (OpenAPI.Path(rawValue: $0.path), .pathItem($0.item)) }, uniquingKeysWith: merged),
            components: .init(schemas: OrderedDictionary(schemas.compactMap { entry in
                                  OpenAPI.ComponentKey(rawValue: entry.name).map { ($0, entry.schema) } }, uniquingKeysWith: { first, _ in first }),
                              securitySchemes: ["bearer": .securityScheme(.init(type: .http(scheme: "bearer", bearerFormat: nil)))]),
            security: [[.component(named: "bearer"): []]])
    }

    /// The document as JSON, built once (it depends on the code alone), keys sorted so it reads the same each time.
    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(build())) ?? Data()
    }()

    static func response() throws -> Response {
        guard !json.isEmpty else { throw Refused(.internalServerError, L("The OpenAPI document could not be written.")) }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: json))
    }

    /// Two collections mounting the same path (a list and its record's steps) share one path item.
    private static func merged(_ a: Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>,
                               _ b: Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem>) -> Either<OpenAPI.Reference<OpenAPI.PathItem>, OpenAPI.PathItem> {
        guard var item = a.b, let other = b.b else { return a }
        for endpoint in other.endpoints where item[endpoint.method] == nil { item[endpoint.method] = endpoint.operation }
        return .pathItem(item)
    }

    /// Each registry: its list with paging, search, sorting and filters, and one record.
    static func registryPaths() -> [(path: String, item: OpenAPI.PathItem)] {
        collections.flatMap { c in [
            (c.path, OpenAPI.PathItem(get: APIOperation.make("List \(c.name)s", list: c.name, query: c.parameters),
                                      post: APIOperation.make("Create a \(c.name)", body: c.name, created: c.name))),
            (c.path + "/{id}", OpenAPI.PathItem(get: APIOperation.make("Read a \(c.name)", path: ["id"], one: c.name),
                                                delete: APIOperation.make("Delete a \(c.name)", path: ["id"], noContent: true),
                                                patch: APIOperation.make("Change some fields of a \(c.name)", path: ["id"], one: c.name, body: c.name + "Change"))),
        ] }
    }

    /// Each kind of part under its owner. Parts that need more than their fields to be created take a
    /// body of their own (`PlanReviewCreate`).
    static func partPaths() -> [(path: String, item: OpenAPI.PathItem)] {
        AppParts.descriptors.flatMap { part -> [(path: String, item: OpenAPI.PathItem)] in
            let list = "/\(part.ownerPath)/{id}/\(part.path)"
            let record = "a \(part.singular.english)"
            return [
                (list, OpenAPI.PathItem(get: APIOperation.make("List a \(part.ownerKind.rawValue)'s \(part.singular.english) records", path: ["id"], list: part.name),
                                        post: APIOperation.make("Add \(record)", path: ["id"], body: part.genericCreate ? part.name : part.name + "Create", created: part.name))),
                (list + "/{partId}", OpenAPI.PathItem(
                    get: APIOperation.make("Read \(record)", path: ["id", "partId"], one: part.name),
                    delete: part.deletable ? APIOperation.make("Delete \(record)", path: ["id", "partId"], noContent: true) : nil,
                    patch: APIOperation.make("Change some fields of \(record)", path: ["id", "partId"], one: part.name, body: part.name + "Change"))),
            ]
        }
    }

    /// A kind of part some owners share (results of clusters and of networks) is one schema with each
    /// owner's id, which the server sets — unless the schema has a field of that name (see `JSONOut.record`).
    static func partSchemas() -> [(name: String, schema: JSONSchema)] {
        let parts = AppParts.descriptors
        var schemas: [(name: String, schema: JSONSchema)] = []
        for part in parts where !schemas.contains(where: { $0.name == part.name }) {
            let owners = Set(parts.filter { $0.name == part.name }.map(\.ownerKind.rawValue)).sorted()
            var extra: OrderedDictionary<String, JSONSchema> = [:]
            for owner in owners where !part.schema.fields.contains(where: { $0.key == owner + "Id" }) {
                extra[owner + "Id"] = .string(format: .uuid, required: false, nullable: owners.count > 1, permissions: .readOnly)
            }
            if part.schema.type == .planReview {
                extra["progress"] = .array(required: false, permissions: .readOnly, description: "Progress reported per action")
                extra["planVersion"] = .object(required: false, permissions: .readOnly,
                                               description: "The plan as this review found it: version, vision, objectives, actions")
            }
            schemas.append((part.name, APISchema.record(part.schema, extra: extra)))
        }
        return schemas
    }
}
