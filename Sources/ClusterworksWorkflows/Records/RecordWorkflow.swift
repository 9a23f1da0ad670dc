import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The steps every write of a top-level record goes through, whether it came from a form, the
/// API, the CLI or the demo: validate, check references, check permission, write with history in
/// one transaction.
package struct RecordWorkflow<M: SchemaRecord>: Sendable {
    package let kind: RecordKind<M>

    package init(kind: RecordKind<M>) { self.kind = kind }

    package func find(_ id: UUID, on db: any Database) async throws -> M {
        guard let record = try await RecordQuery.find(M.self, id, on: db) else {
            throw Refusal.notFound(L("No \(kind.singular) with that id."))
        }
        return record
    }

    /// Every problem at once — the schema's, the references', the kind's own rules and a value
    /// another record already holds — or the values to write. A duplicate alone is a conflict.
    package func validate(_ input: [String: RawInput], record: M?, partial: Bool, today: CalendarDate,
                          on db: any Database) async throws -> RecordValues {
        var (values, errors) = try await RecordValidation.read(kind.schema, input, existing: partial ? record?.values : nil, today: today, on: db)
        errors.mergeNew(try await kind.writeRules(RecordWrite(values: values, existing: record, today: today, db: db)))
        let clash = try await RecordQuery.clash(M.self, values, excluding: record?.id, on: db)
        if let clash { errors.mergeNew(.init(field: clash.field, L("is already used by \(clash.holder)"))) }
        guard errors.isEmpty else { throw FieldErrors(errors: errors, duplicate: clash?.field) }
        return try await kind.derived(values, db)
    }

    package func create(_ input: [String: RawInput], by acting: Acting, today: CalendarDate, on db: any Database) async throws -> M {
        let p = acting.principal
        if !kind.mayCreateSomewhere(p) { throw Refusal.forbidden(L("Your role may not create this kind of record (\(kind.singular)).")) }
        let values = try await validate(input, record: nil, partial: false, today: today, on: db)
        guard try await kind.canCreate(p, values: values, on: db) else {
            throw Refusal.forbidden(L("You may not create this kind of record (\(kind.singular)) there: you are not assigned to it."))
        }
        // The record and its creator's assignment commit together (Fluent joins the inner transaction).
        return try await db.transaction { tx in
            let record = try await RecordWriter.create(M.self, values: values, by: acting.author, on: tx, configure: kind.configureNew(p))
            try await assignCreator(acting, record, tx)
            return record
        }
    }

    /// Field staff who start a project, cluster or network may go on editing it.
    private func assignCreator(_ acting: Acting, _ record: M, _ db: any Database) async throws {
        guard case .scoped(let scope) = kind.access, acting.principal.role.worksByAssignment, let userId = acting.author.userId else { return }
        try await AssignmentModel(userId: userId, scope: ScopeRef(scope, try record.requireID())).create(on: db)
    }

    package func update(_ record: M, _ input: [String: RawInput], partial: Bool, by acting: Acting, today: CalendarDate,
                        on db: any Database) async throws {
        guard try await kind.canEdit(acting.principal, record, on: db) else {
            throw Refusal.forbidden(L("You may not change this \(kind.singular)."))
        }
        let values = try await validate(input, record: record, partial: partial, today: today, on: db)
        guard try await kind.canMove(acting.principal, record, to: values, on: db) else {
            throw Refusal.forbidden(L("You may not move this \(kind.singular) under a record you are not assigned to."))
        }
        try await RecordWriter.update(record, values: values, by: acting.author, on: db)
    }

    package func delete(_ record: M, by acting: Acting, on db: any Database) async throws {
        guard try await kind.canDelete(acting.principal, record, on: db) else {
            throw Refusal.forbidden(L("You may not delete this \(kind.singular)."))
        }
        try await RecordWriter.delete(record, by: acting.author, on: db)
    }
}
