import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Validating a diagnostic and starting its next version: the two steps beyond plain edits. The
/// validation is written and audited like any field change; a new version copies its perceptions
/// and value chain in one transaction.
package enum DiagnosticVersions {

    package static func validate(_ d: DiagnosticModel, _ input: [String: RawInput], in cluster: ClusterModel, by acting: Acting,
                                today: CalendarDate, on db: any Database) async throws {
        try await requireEdit(cluster, acting, db)
        let values = try await RecordValidation.values(DiagnosticValidation.schema, input, today: today, on: db)
        var errors = try await ReferenceDirectory.checkOwnership(values, schema: DiagnosticValidation.schema,
                                                                   owner: ScopeRef(.cluster, try cluster.requireID()), on: db)
        errors.merge(DiagnosticValidation.check(status: d.diagnosticStatus, startedOn: CalendarDate(d.startedOn),
                                                validatedOn: values["validatedOn"]!.date!, today: today))
        guard errors.isEmpty else { throw FieldErrors(errors: errors, kind: d.diagnosticStatus == .validated ? .conflict : .invalid) }
        // The status change is written and audited like any other field change.
        let before = d.values
        d.diagnosticStatus = .validated
        d.validatedOn = values.dateText("validatedOn"); d.validatedBy = values.text("validatedBy")
        d.validationEventId = values.uuid("validationEventId")
        let author = acting.author
        try await db.transaction { tx in
            try await d.update(on: tx)
            try await AuditEntryModel(recordType: RecordType.diagnostic.rawValue, recordId: try d.requireID(), action: "validate",
                                      userId: author.userId, userName: author.name, at: Date(),
                                      changes: RecordDiff.changes(from: before, to: d.values, order: DiagnosticSchema.schema.fields.map(\.key))).create(on: tx)
        }
    }

    /// A new draft copied from `d`, with its perceptions and value chain, numbered after the latest.
    package static func newVersion(of d: DiagnosticModel, in cluster: ClusterModel, by acting: Acting, on db: any Database) async throws -> DiagnosticModel {
        try await requireEdit(cluster, acting, db)
        let clusterId = try cluster.requireID(), sourceId = try d.requireID()
        let author = acting.author
        return try await db.transaction { tx in
            let latest = try await DiagnosticModel.owned(by: .cluster, clusterId, on: tx).all().map(\.version).max() ?? 0
            let copy = try await RecordWriter.create(DiagnosticModel.self, values: d.values, by: author, on: tx) {
                $0.clusterId = clusterId; $0.version = latest + 1; $0.diagnosticStatus = .draft
            }
            let copyId = try copy.requireID()
            for p in try await PerceptionModel.query(on: tx).filter(\.$diagnosticId == sourceId).all() {
                var v = p.values; v["diagnosticId"] = .reference(copyId)
                try await RecordWriter.create(PerceptionModel.self, values: v, by: author, on: tx) { $0.clusterId = clusterId }
            }
            for s in try await RecordQuery.withLinks(ChainStageModel.query(on: tx)).filter(\.$diagnosticId == sourceId).all() {
                var v = s.values; v["diagnosticId"] = .reference(copyId)
                try await RecordWriter.create(ChainStageModel.self, values: v, by: author, on: tx) { $0.clusterId = clusterId }
            }
            return copy
        }
    }

    /// The diagnostic a new one starts as: numbered after the others, a draft.
    package static func configureNew(_ cluster: UUID, _ db: any Database) async throws -> @Sendable (DiagnosticModel) -> Void {
        let latest = try await DiagnosticModel.owned(by: .cluster, cluster, on: db).all().map(\.version).max() ?? 0
        return { $0.version = latest + 1; $0.diagnosticStatus = .draft }
    }

    /// Perceptions and value chain stages go into a draft only.
    package static func draftOnly(_ v: RecordValues, _ db: any Database) async throws -> ValidationErrors {
        guard let id = v.uuid("diagnosticId"), let d = try await DiagnosticModel.find(id, on: db), d.diagnosticStatus == .validated else { return .init() }
        return .init(field: "diagnosticId", DiagnosticValidation.frozen(validatedOn: d.validatedOn))
    }

    /// What belongs to a validated diagnostic no longer changes: the field and why.
    package static func frozen(_ id: UUID, _ db: any Database) async throws -> (String, Phrase)? {
        guard let d = try await DiagnosticModel.find(id, on: db), d.diagnosticStatus == .validated else { return nil }
        return ("diagnosticId", DiagnosticValidation.frozen(validatedOn: d.validatedOn))
    }

    private static func requireEdit(_ cluster: ClusterModel, _ acting: Acting, _ db: any Database) async throws {
        guard try await RecordKinds.clusters.canEdit(acting.principal, cluster, on: db) else {
            throw Refusal.forbidden(L("You may not change this cluster's diagnostics."))
        }
    }
}
