import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The organisation the programme publishes its IATI files as, kept in the programme's settings;
/// programme managers and admins set it.
package enum ReportingOrganisationSettings {
    static func key(_ field: String) -> String { "iati.\(field)" }

    package static func values(on db: any Database) async throws -> RecordValues {
        let keys = ReportingOrganisationSchema.schema.fields.map { key($0.key) }
        var v = RecordValues()
        for s in try await ProgrammeSettingModel.query(on: db).filter(\.$key ~~ keys).all() {
            if let field = ReportingOrganisationSchema.schema.fields.first(where: { key($0.key) == s.key }) { v[field.key] = .text(s.value) }
        }
        return v
    }

    package static func save(_ input: [String: RawInput], by acting: Acting, today: CalendarDate, on db: any Database) async throws -> RecordValues {
        guard EditPolicy.canSetProgrammeTargets(acting.principal) else {
            throw Refusal.forbidden(L("Only programme managers and admins set the reporting organisation."))
        }
        let values = try await RecordValidation.values(ReportingOrganisationSchema.schema, input, today: today, on: db)
        try await db.transaction { tx in
            for field in ReportingOrganisationSchema.schema.fields {
                try await ProgrammeSettingModel.query(on: tx).filter(\.$key == key(field.key)).delete()
                if let text = values.text(field.key) { try await ProgrammeSettingModel(key: key(field.key), value: text).create(on: tx) }
            }
        }
        return values
    }
}
