import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// The steps every write goes through, whether it came from a form or the API: validate, check
/// references, check permission, write with history in one transaction.
struct RegistryService<M: SchemaRecord>: Sendable {
    let registry: Registry<M>

    func find(_ req: Request, parameter: String = "id") async throws -> M {
        guard let raw = req.parameters.get(parameter), let id = UUID(uuidString: raw),
              let record = try await RecordQuery.find(M.self, id, on: req.db) else {
            throw Abort(.notFound, reason: "No \(registry.singular) with that id.")
        }
        return record
    }

    /// Every problem at once — the schema's, the references', the registry's own rules and a value
    /// another record already holds — or the values to write. A duplicate alone is a 409 naming the field.
    func validate(_ input: [String: RawInput], record: M?, partial: Bool, on db: any Database) async throws -> RecordValues {
        var (values, errors) = try await RecordValidation.read(registry.schema, input, existing: partial ? record?.values : nil, on: db)
        errors.mergeNew(try await registry.writeRules(values, record, db))
        let clash = try await RecordQuery.clash(M.self, values, excluding: record?.id, on: db)
        if let clash { errors.mergeNew(.init(field: clash.field, "is already used by \(clash.holder)")) }
        guard errors.isEmpty else { throw FieldErrors(errors: errors, status: FieldErrors.status(errors, duplicate: clash?.field)) }
        return values
    }

    func create(_ input: [String: RawInput], _ req: Request) async throws -> M {
        let s = try req.requireSignedIn()
        if !registry.mayCreateSomewhere(s) {
            throw Abort(.forbidden, reason: "Your role may not create \(registry.singular.withArticle).")
        }
        let values = try await validate(input, record: nil, partial: false, on: req.db)
        guard try await registry.canCreate(s, values: values, on: req.db) else {
            throw Abort(.forbidden, reason: "You may not create \(registry.singular.withArticle) there: you are not assigned to it.")
        }
        // The record and its creator's assignment commit together (Fluent joins the inner transaction).
        return try await req.db.transaction { tx in
            let record = try await RecordWriter.create(M.self, values: values, by: s.author, on: tx)
            try await assignCreator(s, record, tx)
            return record
        }
    }

    /// Field staff who start a project, cluster or network may go on editing it.
    private func assignCreator(_ s: SignedIn, _ record: M, _ db: any Database) async throws {
        guard case .scoped(let kind) = registry.access, s.principal.role.worksByAssignment else { return }
        try await AssignmentModel(userId: try s.user.requireID(), scope: ScopeRef(kind, try record.requireID())).create(on: db)
    }

    func update(_ record: M, _ input: [String: RawInput], partial: Bool, _ req: Request) async throws {
        let s = try req.requireSignedIn()
        guard try await registry.canEdit(s, record, on: req.db) else {
            throw Abort(.forbidden, reason: "You may not change this \(registry.singular).")
        }
        let values = try await validate(input, record: record, partial: partial, on: req.db)
        guard try await registry.canMove(s, record, to: values, on: req.db) else {
            throw Abort(.forbidden, reason: "You may not move this \(registry.singular) under a record you are not assigned to.")
        }
        try await RecordWriter.update(record, values: values, by: s.author, on: req.db)
    }

    func delete(_ record: M, _ req: Request) async throws {
        let s = try req.requireSignedIn()
        guard try await registry.canDelete(s, record, on: req.db) else {
            throw Abort(.forbidden, reason: "You may not delete this \(registry.singular).")
        }
        try await RecordWriter.delete(record, by: s.author, on: req.db)
    }

    /// The page of records and the request it answers (a page links its sorting and paging from it).
    func list(_ req: Request) async throws -> (request: ListRequest, page: ListPage<M>) {
        let request = try ListParameters.read(M.self, req)
        return (request, try await RecordQuery.list(M.self, request, on: req.db, scope: registry.listScope(request)))
    }
}
