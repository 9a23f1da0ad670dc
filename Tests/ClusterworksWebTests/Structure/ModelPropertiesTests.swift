import ClusterworksPersistence
import FluentKit
import Foundation
import Testing

/// Models read on every request list their properties by hand (Fluent would find them by
/// reflection for each row); a property left out of such a list would silently not be read or saved.
@Suite("Models that list their own properties")
struct ModelPropertiesTests {
    static let listed: [any Fields.Type] = [ActorModel.self, CountryModel.self, LinkageModel.self, AuditEntryModel.self,
                                             SessionModel.self, APITokenModel.self, UserModel.self, ProjectModel.self, ProjectCountryModel.self]

    @Test("each hand-made list holds exactly the property wrappers reflection finds, once each", arguments: listed.map { "\($0)" })
    func sameAsReflection(_ name: String) throws {
        let type = try #require(Self.listed.first { "\($0)" == name })
        let model = type.init()
        let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }
        let listed = model.properties.map { ObjectIdentifier($0 as AnyObject) }
        #expect(!reflected.isEmpty)
        #expect(listed.count == Set(listed).count, "a property listed twice")
        #expect(Set(listed) == Set(reflected), "\(name): listed \(listed.count), reflection finds \(reflected.count)")
    }
}
