import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// What a new installation needs before anyone signs in: the countries and a first admin.
public enum Bootstrap {
    /// Loads the ISO countries from the bundled map file when the table is empty.
    static func countries(_ app: Application) async throws {
        guard try await CountryModel.query(on: app.db).count() == 0 else { return }
        let atlas = try app.worldAtlas ?? WorldAtlas.load()
        try await app.db.transaction { tx in
            for c in atlas.countries {
                try await CountryModel(code: c.code, iso3: c.iso3, nameEn: c.nameEn, nameEs: c.nameEs, nameFr: c.nameFr).create(on: tx)
            }
        }
    }

    /// Offers the core SME indicators a database has not been offered yet (an indicator the programme
    /// deleted does not come back), through the same validation as any indicator. The seed's
    /// case-specific ones come with the demo; a database that was offered them before keeps receiving
    /// the later ones, each list remembered apart.
    static func indicators(_ app: Application) async throws {
        if try await ProgrammeSettingModel.query(on: app.db).filter(\.$key == caseSpecificKey).first() != nil {
            try await offer(IndicatorLibrary.entries, key: caseSpecificKey, app)
        }
        try await offer(CoreIndicators.entries, key: "indicator.core.offered", app)
    }

    static let caseSpecificKey = "indicator.library.offered"

    private static func offer(_ entries: [IndicatorLibrary.Entry], key: String, _ app: Application) async throws {
        let offered = Int(try await ProgrammeSettingModel.query(on: app.db).filter(\.$key == key).first()?.value ?? "0") ?? 0
        guard offered < entries.count else { return }
        let present = Set(try await IndicatorModel.query(on: app.db).all().map(\.name))
        let dimensions = Dictionary(try await DimensionModel.query(on: app.db).all().map { ($0.code, try $0.requireID()) }, uniquingKeysWith: { a, _ in a })
        let missing = entries.dropFirst(offered).filter { !present.contains($0.name) }
        try await app.db.transaction { tx in
            try await ProgrammeSettingModel.query(on: tx).filter(\.$key == key).delete()
            try await ProgrammeSettingModel(key: key, value: String(entries.count)).create(on: tx)
            for e in missing {
                let input: [String: RawInput] = ["name": .text(e.name), "unit": .text(e.unit), "scale": .text(e.scale.rawValue),
                                                 "level": .text(e.level.rawValue), "direction": .text(e.direction.rawValue), "accumulation": .text(e.accumulation.rawValue),
                                                 "dimensions": .list(e.dimensions.compactMap { dimensions[$0].map { .text($0.uuidString) } }), "definition": .text(e.definition),
                                                 "source": .text(e.source)]
                let values = try await RecordValidation.values(IndicatorSchema.schema, input, today: app.settings.clock.today, on: tx)
                try await RecordWriter.create(IndicatorModel.self, values: values, by: .system, on: tx) { $0.status = .accepted }
            }
        }
    }

    /// Creates the first admin when there are no users. Returns the password when it was generated,
    /// so the caller can print it once.
    public static func firstAdmin(_ app: Application) async throws -> (email: String, password: String?)? {
        guard try await UserModel.query(on: app.db).count() == 0 else { return nil }
        let settings = app.settings
        let generated = settings.adminPassword == nil
        let password = settings.adminPassword ?? SecretToken.make().prefix(20).description
        let problems = PasswordPolicy.problems(password, email: settings.adminEmail)
        guard problems.isEmpty else {
            throw Abort(.badRequest, reason: "CLUSTERWORKS_ADMIN_PASSWORD " + problems.map(\.english).joined(separator: "; "))
        }
        guard EmailAddress.isValid(settings.adminEmail.lowercased()) else {
            throw Refused(.badRequest, L("CLUSTERWORKS_ADMIN_EMAIL is not an e-mail address"))
        }
        let hash = try await app.password.async.hash(password)
        let user = UserModel(email: settings.adminEmail.lowercased(), name: "Administrator", role: .admin, passwordHash: hash)
        try await user.create(on: app.db)
        return (user.email, generated ? password : nil)
    }
}
