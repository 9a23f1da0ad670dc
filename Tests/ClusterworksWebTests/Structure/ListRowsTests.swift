import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
import Foundation
import Testing
import Vapor

/// A registry's list is read from its rows without models, where every field is a column of the
/// record's table; what it answers must be what the record read alone (through its model) answers.
@Suite("A list read from rows answers as its records' models do")
struct ListRowsTests {
    @Test("records whose fields are all columns of their table are listed from rows; those with values in other tables from models")
    func whichKindsUseRows() {
        #expect(ActorModel.fieldReaders?.count == ActorModel.recordSchema.fields.count)
        #expect(CountryModel.fieldReaders != nil && ClusterModel.fieldReaders != nil)
        #expect(ProjectModel.fieldReaders == nil, "a project's countries live in a table of their own")
    }

    @Test("given the demo, every item of every registry's list, on several pages and sorts, equals the record read alone",
          arguments: TestDatabase.available)
    func itemsEqualRecords(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            let token = try await WebScenarios.token(app, "admin@example.org")
            var b = Browser(app)
            func json(_ path: String) async throws -> Any {
                let r = try await b.send(.GET, path, bearer: token)
                #expect(r.status == .ok, "GET \(path): \(r.status)")
                return try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView))
            }
            for registry in Registries.all {
                var listed = 0
                for query in ["perPage=200", "perPage=2&page=2&dir=desc", "perPage=3&q=a"] {
                    let page = try #require(try await json("/api/v1/\(registry.folder.rawValue)?\(query)") as? [String: Any])
                    let items = try #require(page["items"] as? [[String: Any]])
                    for item in items {
                        let id = try #require(item["id"] as? String)
                        let alone = try #require(try await json("/api/v1/\(registry.folder.rawValue)/\(id)") as? [String: Any])
                        #expect(NSDictionary(dictionary: item).isEqual(to: alone), "\(registry.folder.rawValue) \(id): listed \(item), alone \(alone)")
                        listed += 1
                    }
                }
                #expect(listed > 0, "the demo lists no \(registry.folder.rawValue)")
            }
        }
    }
}
