import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Looks up records other records point to: does it exist, what is it called, where is its page.
enum ReferenceDirectory {
    static func path(_ type: RecordType) -> String {
        switch type {
        case .country: "countries"
        case .project: "projects"
        case .actor: "actors"
        case .person: "persons"
        case .cluster: "clusters"
        case .network: "networks"
        case .membership: "memberships"
        case .user: "admin/users"
        }
    }

    static func titles(_ type: RecordType, _ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        func load<M: SchemaRecord>(_: M.Type) async throws -> [UUID: String] {
            let rows = try await M.query(on: db).filter(\._$id ~~ ids).all()
            return Dictionary(rows.compactMap { r in r.id.map { ($0, r.title) } }, uniquingKeysWith: { a, _ in a })
        }
        switch type {
        case .project: return try await load(ProjectModel.self)
        case .actor: return try await load(ActorModel.self)
        case .person: return try await load(PersonModel.self)
        case .cluster: return try await load(ClusterModel.self)
        case .network: return try await load(NetworkModel.self)
        case .user: return try await load(UserModel.self)
        case .country: return try await load(CountryModel.self)
        case .membership: return [:]
        }
    }

    /// Choices for a reference select; registries are bounded to keep forms light.
    static func options(_ type: RecordType, on db: any Database, limit: Int = 1000) async throws -> [ChoiceOption] {
        func load<M: SchemaRecord>(_: M.Type) async throws -> [ChoiceOption] {
            try await M.query(on: db).sort(M.defaultSort).limit(limit).all()
                .compactMap { r in r.id.map { ChoiceOption(value: $0.uuidString.lowercased(), label: r.title) } }
        }
        switch type {
        case .project: return try await load(ProjectModel.self)
        case .actor: return try await load(ActorModel.self)
        case .person: return try await load(PersonModel.self)
        case .cluster: return try await load(ClusterModel.self)
        case .network: return try await load(NetworkModel.self)
        default: return []
        }
    }

    /// Every reference and country code in `values` must name an existing record.
    static func check(_ values: RecordValues, schema: RecordSchema, on db: any Database) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        for rule in schema.fields {
            guard let value = values[rule.key] else { continue }
            switch rule.kind {
            case .reference(let type):
                if let id = value.reference, try await titles(type, [id], on: db)[id] == nil {
                    errors.add(rule.key, "does not name an existing \(type.rawValue)")
                }
            case .countryCode, .countryCodes:
                let codes = value.list ?? [value.text].compactMap { $0 }
                let found = try await CountryModel.query(on: db).filter(\.$code ~~ codes).all().map(\.code)
                let missing = Set(codes).subtracting(found)
                if !missing.isEmpty { errors.add(rule.key, "has unknown country codes: \(missing.sorted().joined(separator: ", "))") }
            default: continue
            }
        }
        return errors
    }
}
