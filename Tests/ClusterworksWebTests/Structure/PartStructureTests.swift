import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Testing
import Vapor

/// Every kind of part is declared once (`AppParts.all`); from that one list it is mounted,
/// documented and reachable.
@Suite("Every part is mounted, documented and in its navigation")
struct PartStructureTests {
    @Test("each part answers on its pages and in the API, for its list and for one record")
    func mounted() async throws {
        try await TestApp.run { app in
            let routes = Set(app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") })
            for part in AppParts.descriptors {
                let list = "/\(part.ownerPath)/:id/\(part.path)"
                for route in ["GET \(list)", "GET \(list)/:partId", "GET /api/v1\(list)", "POST /api/v1\(list)", "GET /api/v1\(list)/:partId",
                              "PATCH /api/v1\(list)/:partId"] {
                    #expect(routes.contains(route), "\(part.singular): \(route) is not mounted")
                }
                #expect(routes.contains("DELETE /api/v1\(list)/:partId") == part.deletable, "\(part.singular): deletion mounted only when deletable")
            }
        }
    }

    @Test("each part has its list and its record in the OpenAPI document, with its schema")
    func documented() throws {
        let document = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(OpenAPIDocument.build())) as? [String: Any]
        let paths = try #require(document?["paths"] as? [String: Any])
        let schemas = try #require((document?["components"] as? [String: Any])?["schemas"] as? [String: Any])
        for part in AppParts.descriptors {
            let list = "/\(part.ownerPath)/{id}/\(part.path)"
            #expect(paths[list] != nil, "\(part.singular): \(list) is not documented")
            #expect(paths[list + "/{partId}"] != nil, "\(part.singular): one record is not documented")
            #expect(schemas[part.name] != nil && schemas[part.name + "Change"] != nil, "\(part.singular): schema \(part.name) missing")
        }
    }

    @Test("each part is reached from a section of its owner's navigation")
    func inNavigation() {
        for part in AppParts.all {
            let sections = NavigationSections.paths(of: part.descriptor.ownerKind)
            #expect(sections.contains(part.navigationSection), "\(part.descriptor.singular): \(part.navigationSection) is in no \(part.descriptor.ownerKind) navigation")
        }
    }

    @Test("no kind of part is listed twice, and the demo's writes find every kind they use")
    func listedOnce() {
        let keys = AppParts.descriptors.map { "\($0.ownerKind.rawValue)/\($0.path)" }
        #expect(Set(keys).count == keys.count)
        #expect(AppParts.kind(EventModel.self, of: ClusterModel.self) != nil)
        #expect(AppParts.kind(ResultEntryModel.self, of: NetworkModel.self) != nil)
        #expect(AppParts.kind(EventModel.self, of: NetworkModel.self) == nil)
    }
}
