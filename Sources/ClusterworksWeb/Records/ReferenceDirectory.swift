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

    /// The model that stores records of a type; memberships are reached through their network.
    static func model(_ type: RecordType) -> (any SchemaRecord.Type)? {
        switch type {
        case .country: CountryModel.self
        case .project: ProjectModel.self
        case .actor: ActorModel.self
        case .person: PersonModel.self
        case .cluster: ClusterModel.self
        case .network: NetworkModel.self
        case .user: UserModel.self
        case .membership: nil
        }
    }

    static func titles(_ type: RecordType, _ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty, let model = model(type) else { return [:] }
        func load<M: SchemaRecord>(_: M.Type) async throws -> [UUID: String] {
            let rows = try await M.query(on: db).filter(\._$id ~~ ids).all()
            return Dictionary(rows.compactMap { r in r.id.map { ($0, r.title) } }, uniquingKeysWith: { a, _ in a })
        }
        return try await load(model)
    }

    /// Choices for a reference select; registries are bounded to keep forms light.
    static func options(_ type: RecordType, on db: any Database, limit: Int = 1000) async throws -> [ChoiceOption] {
        guard let model = model(type) else { return [] }
        func load<M: SchemaRecord>(_: M.Type) async throws -> [ChoiceOption] {
            try await M.query(on: db).sort(M.defaultSort).limit(limit).all()
                .compactMap { r in r.id.map { ChoiceOption(value: $0.uuidString.lowercased(), label: r.title) } }
        }
        return try await load(model)
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
