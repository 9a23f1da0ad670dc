import ClusterworksDomain
import ClusterworksPersistence
@testable import ClusterworksWeb
@testable import ClusterworksWorkflows
import Foundation
import OpenAPIKit
import Testing
import Vapor
import VaporTesting

/// The OpenAPI document is built from the schemas the API validates with, so it says what the API
/// does: which fields are required, which may be null, which only the server writes.
@Suite("The OpenAPI document says what the API accepts and answers")
struct OpenAPIDocumentTests {
    /// Every record schema the document carries, with the name it has there.
    static var recordSchemas: [(name: String, schema: RecordSchema)] {
        OpenAPIDocument.collections.map { ($0.name, $0.schema) } + AppParts.descriptors.map { ($0.name, $0.schema) }
            + [("Membership", MembershipSchema.schema), ("User", UserSchema.schema)]
    }

    static func schema(_ name: String, in document: OpenAPI.Document) throws -> JSONSchema {
        let key = try #require(OpenAPI.ComponentKey(rawValue: name))
        return try #require(document.components.schemas[key], "\(name) is not in the document")
    }

    @Test("the document passes OpenAPIKit's validation: every reference is found and every path parameter declared")
    func valid() throws {
        let warnings = try OpenAPIDocument.build().validate()
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test("a record requires exactly its schema's required fields, the others may be null, a read-only field is read-only; a change requires nothing")
    func fieldsFollowTheirSchema() throws {
        let document = OpenAPIDocument.build()
        for (name, schema) in Self.recordSchemas {
            let object = try #require(try Self.schema(name, in: document).objectContext, "\(name) is not an object")
            #expect(Set(object.requiredProperties) == Set(schema.fields.filter(\.required).map(\.key)), "\(name): required fields differ")
            for field in schema.fields {
                let property = try #require(object.properties[field.key], "\(name).\(field.key) is not documented")
                #expect(property.nullable == !field.required, "\(name).\(field.key): nullable is \(property.nullable)")
                #expect(property.readOnly == field.readOnly, "\(name).\(field.key): readOnly is \(property.readOnly)")
            }
            #expect(object.additionalProperties?.a == false, "\(name) admits unknown keys")
            let change = try #require(try Self.schema(name + "Change", in: document).objectContext)
            #expect(change.requiredProperties.isEmpty && Set(change.properties.keys) == Set(object.properties.keys), "\(name)Change")
        }
    }

    @Test("given the demo, every record the API lists for a registry or a part has the documented keys, types and nulls",
          arguments: TestDatabase.available)
    func answersMatchTheDocument(_ database: TestDatabase) async throws {
        try await TestApp.run(on: database, demo: true) { app in
            let document = OpenAPIDocument.build()
            let token = try await WebScenarios.token(app, "admin@example.org")
            var b = Browser(app)
            func items(_ path: String) async throws -> [[String: JSONValue]] {
                let r = try await b.send(.GET, "/api/v1" + path + "?perPage=100", bearer: token)
                #expect(r.status == .ok, "GET \(path): \(r.status)")
                let page = try JSONDecoder().decode([String: JSONValue].self, from: Data(r.body.readableBytesView))
                guard case .array(let listed)? = page["items"] else { return [] }
                return listed.compactMap { if case .object(let o) = $0 { o } else { nil } }
            }
            var owners: [String: [String]] = [:]
            for c in OpenAPIDocument.collections {
                let listed = try await items(c.path)
                #expect(!listed.isEmpty, "the demo has no \(c.name)")
                for item in listed { try Self.conforms(item, to: Self.schema(c.name, in: document), c.name) }
                owners[String(c.path.dropFirst())] = listed.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } }
            }
            for part in AppParts.descriptors {
                var seen = 0
                for owner in owners[part.ownerPath] ?? [] where seen < 3 {
                    let listed = try await items("/\(part.ownerPath)/\(owner)/\(part.path)")
                    for item in listed { try Self.conforms(item, to: Self.schema(part.name, in: document), part.name) }
                    seen += listed.isEmpty ? 0 : 1
                }
                #expect(seen > 0, "no \(part.singular) answered through the API")
            }
        }
    }

    /// A JSON object against its documented schema: no key it does not list, every required key, null
    /// only where a property may be null, each value of its documented type and, for a closed list, one of its values.
    static func conforms(_ item: [String: JSONValue], to schema: JSONSchema, _ name: String) throws {
        let object = try #require(schema.objectContext)
        #expect(Set(item.keys).isSubset(of: Set(object.properties.keys)), "\(name) answers undocumented keys \(Set(item.keys).subtracting(object.properties.keys).sorted())")
        for key in object.requiredProperties { #expect(item[key] != nil && item[key] != .null, "\(name).\(key) is required but absent") }
        for (key, value) in item {
            guard let property = object.properties[key] else { continue }
            if case .null = value { #expect(property.nullable, "\(name).\(key) is null but not nullable"); continue }
            #expect(has(value, type: property.jsonType), "\(name).\(key): \(value) is not \(property.jsonType.map { "\($0)" } ?? "?")")
            if let allowed = property.allowedValues?.compactMap({ $0.value as? String }), case .string(let text) = value {
                #expect(allowed.contains(text), "\(name).\(key): \(text) is not among its values")
            }
        }
    }

    static func has(_ value: JSONValue, type: JSONType?) -> Bool {
        switch (value, type) {
        case (_, nil), (.string, .string?), (.integer, .integer?), (.integer, .number?), (.number, .number?), (.boolean, .boolean?),
             (.array, .array?), (.object, .object?), (.null, .null?): true
        default: false
        }
    }
}

/// A JSON value as the API wrote it, keeping a flag apart from a number and an integer apart from a decimal.
indirect enum JSONValue: Decodable, Equatable {
    case null, boolean(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(Bool.self) { self = .boolean(v) }
        else if let v = try? c.decode(Int.self) { self = .integer(v) }
        else if let v = try? c.decode(Double.self) { self = .number(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }
}
