import ClusterworksDomain
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

    /// Seeds the indicator library with the source document's examples when it is empty, through
    /// the same validation as any indicator.
    static func indicators(_ app: Application) async throws {
        guard try await IndicatorModel.query(on: app.db).count() == 0 else { return }
        try await app.db.transaction { tx in
            for e in IndicatorLibrary.entries {
                let input: [String: RawInput] = ["name": .text(e.name), "unit": .text(e.unit), "scale": .text(e.scale.rawValue),
                                                 "level": .text(e.level.rawValue), "direction": .text(e.direction.rawValue),
                                                 "disaggregation": .text(e.disaggregation.rawValue), "definition": .text(e.definition),
                                                 "source": .text(e.source)]
                let values = try await RecordValidation.values(IndicatorSchema.schema, input, on: tx)
                try await RecordWriter.create(IndicatorModel.self, values: values, by: .system, on: tx)
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
            throw Abort(.badRequest, reason: "CLUSTERWORKS_ADMIN_PASSWORD " + problems.joined(separator: "; "))
        }
        guard EmailAddress.isValid(settings.adminEmail.lowercased()) else {
            throw Abort(.badRequest, reason: "CLUSTERWORKS_ADMIN_EMAIL is not an e-mail address")
        }
        let hash = try await app.password.async.hash(password)
        let user = UserModel(email: settings.adminEmail.lowercased(), name: "Administrator", role: .admin, passwordHash: hash)
        try await user.create(on: app.db)
        return (user.email, generated ? password : nil)
    }
}
