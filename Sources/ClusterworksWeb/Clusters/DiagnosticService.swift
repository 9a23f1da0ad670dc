import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Validating a diagnostic and starting its next version: the two steps beyond plain edits.
struct DiagnosticService: Sendable {
    let parts = PartService(registry: ClusterParts.diagnostics)

    func validate(_ d: DiagnosticModel, _ input: [String: RawInput], in cluster: ClusterModel, _ req: Request) async throws {
        try await parts.requireEdit(cluster, req)
        let values = try await RecordValidation.values(DiagnosticValidation.schema, input, on: req.db)
        var errors = try await ReferenceDirectory.checkOwnership(values, schema: DiagnosticValidation.schema,
                                                                   owner: ScopeRef(.cluster, try cluster.requireID()), on: req.db)
        errors.merge(DiagnosticValidation.check(status: d.diagnosticStatus, startedOn: CalendarDate(d.startedOn),
                                                validatedOn: values["validatedOn"]!.date!, today: RecordValidation.context.today))
        guard errors.isEmpty else { throw FieldErrors(errors: errors, status: d.diagnosticStatus == .validated ? .conflict : .unprocessableEntity) }
        // The status change is written and audited like any other field change.
        let before = d.values
        d.status = DiagnosticStatus.validated.rawValue
        d.validatedOn = values.dateText("validatedOn"); d.validatedBy = values.text("validatedBy")
        d.validationEventId = values.uuid("validationEventId")
        let author = try req.requireSignedIn().author
        try await req.db.transaction { tx in
            try await d.update(on: tx)
            try await AuditEntryModel(recordType: RecordType.diagnostic.rawValue, recordId: try d.requireID(), action: "validate",
                                      userId: author.userId, userName: author.name, at: Date(),
                                      changes: RecordDiff.changes(from: before, to: d.values, order: DiagnosticSchema.schema.fields.map(\.key))).create(on: tx)
        }
    }

    /// A new draft copied from `d`, with its perceptions and value chain, numbered after the latest.
    func newVersion(of d: DiagnosticModel, in cluster: ClusterModel, _ req: Request) async throws -> DiagnosticModel {
        try await parts.requireEdit(cluster, req)
        let clusterId = try cluster.requireID(), sourceId = try d.requireID()
        let author = try req.requireSignedIn().author
        return try await req.db.transaction { tx in
            let latest = try await DiagnosticModel.owned(by: .cluster, clusterId, on: tx).all().map(\.version).max() ?? 0
            let copy = try await RecordWriter.create(DiagnosticModel.self, values: d.values, by: author, on: tx) {
                $0.clusterId = clusterId; $0.version = latest + 1; $0.status = DiagnosticStatus.draft.rawValue
            }
            let copyId = try copy.requireID()
            for p in try await PerceptionModel.query(on: tx).filter(\.$diagnosticId == sourceId).all() {
                var v = p.values; v["diagnosticId"] = .reference(copyId)
                try await RecordWriter.create(PerceptionModel.self, values: v, by: author, on: tx) { $0.clusterId = clusterId }
            }
            for s in try await ChainStageModel.query(on: tx).filter(\.$diagnosticId == sourceId).all() {
                var v = s.values; v["diagnosticId"] = .reference(copyId)
                try await RecordWriter.create(ChainStageModel.self, values: v, by: author, on: tx) { $0.clusterId = clusterId }
            }
            return copy
        }
    }

    /// The diagnostic a new one starts as: numbered after the others, a draft.
    static func configureNew(_ cluster: UUID, _ db: any Database) async throws -> @Sendable (DiagnosticModel) -> Void {
        let latest = try await DiagnosticModel.owned(by: .cluster, cluster, on: db).all().map(\.version).max() ?? 0
        return { $0.version = latest + 1; $0.status = DiagnosticStatus.draft.rawValue }
    }
}
