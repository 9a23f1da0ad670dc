import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// The steps every change to a part goes through, from a form or the API: the owner's rights,
/// the schema, references inside the owner, the part's own rules, then the write with history.
struct PartService<P: SchemaRecord, C: OwnedRecord>: Sendable {
    let registry: PartRegistry<P, C>

    func owner(_ req: Request) async throws -> P {
        try await RegistryService(registry: registry.owner).find(req, parameter: "id")
    }

    func find(_ req: Request, in owner: P) async throws -> C {
        guard let raw = req.parameters.get("partId"), let id = UUID(uuidString: raw),
              let column = C.ownerColumn(registry.ownerKind),
              let part = try await C.query(on: req.db).filter(\._$id == id).filter(column, .equal, try owner.requireID()).first() else {
            throw Abort(.notFound, reason: "No \(registry.singular) with that id in this \(registry.owner.singular).")
        }
        // What a user may not read does not exist for them.
        guard try await registry.canRead(try req.requireSignedIn().principal, owner, part, req.db) else {
            throw Abort(.notFound, reason: "No \(registry.singular) with that id in this \(registry.owner.singular).")
        }
        return part
    }

    /// The owner's parts the signed-in user may read.
    func list(_ owner: P, _ req: Request) async throws -> [C] {
        let principal = try req.requireSignedIn().principal
        var out: [C] = []
        for part in try await list(owner, on: req.db) where try await registry.canRead(principal, owner, part, req.db) { out.append(part) }
        return out
    }

    func list(_ owner: P, on db: any Database) async throws -> [C] {
        try await C.owned(by: registry.ownerKind, try owner.requireID(), on: db).all()
    }

    func mayEdit(_ owner: P, _ req: Request) async throws -> Bool {
        try await registry.owner.canEdit(try req.requireSignedIn(), owner, on: req.db)
    }

    func requireEdit(_ owner: P, _ req: Request) async throws {
        guard try await mayEdit(owner, req) else {
            throw Abort(.forbidden, reason: "You may not change this \(registry.owner.singular)'s \(registry.plural.lowercased()).")
        }
    }

    func requireNotFrozen(_ part: C, on db: any Database) async throws {
        if let (field, message) = try await registry.frozen(part, db) {
            throw FieldErrors(errors: .init(field: field, message), status: .conflict)
        }
    }

    /// Every problem at once: the schema's, references outside the owner, a second one of a part an
    /// owner has once, a value another part of the owner holds, and the part's own rules.
    func validate(_ input: [String: RawInput], existing: C?, partial: Bool, owner: P, on db: any Database) async throws -> RecordValues {
        var (values, errors) = try await RecordValidation.read(registry.schema, input, existing: partial ? existing?.values : nil, on: db)
        errors.mergeNew(try await ReferenceDirectory.checkOwnership(values, schema: registry.schema, owner: registry.scope(owner), on: db))
        let ownerKey = "\(registry.ownerKind.rawValue)Id", ownerId = try owner.requireID()
        var duplicate: String?
        if registry.single, existing == nil, try await C.owned(by: registry.ownerKind, ownerId, on: db).count() > 0 {
            duplicate = ownerKey
            errors.mergeNew(.init(field: ownerKey, "this \(registry.owner.singular) already has \(registry.singular.withArticle); change that one"))
        }
        if let column = C.ownerColumn(registry.ownerKind),
           let clash = try await RecordQuery.clash(C.self, values, excluding: existing?.id, within: (column, ownerId), on: db) {
            duplicate = clash.field
            errors.mergeNew(.init(field: clash.field, "is already used by \(clash.holder) in this \(registry.owner.singular)"))
        }
        errors.mergeNew(try await registry.rules(PartWrite(owner: owner, values: values, existing: existing, db: db)))
        guard errors.isEmpty else { throw FieldErrors(errors: errors, status: FieldErrors.status(errors, duplicate: duplicate)) }
        return values
    }

    func create(_ input: [String: RawInput], in owner: P, _ req: Request,
                configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> C {
        try await requireEdit(owner, req)
        let values = try await validate(input, existing: nil, partial: false, owner: owner, on: req.db)
        let (kind, ownerId) = (registry.ownerKind, try owner.requireID())
        let configureNew = try await registry.configureNew(owner, req.db)
        return try await RecordWriter.create(C.self, values: values, by: try req.requireSignedIn().author, on: req.db,
                                             configure: { $0.setOwner(kind, ownerId); configureNew($0); configure($0) })
    }

    func update(_ part: C, _ input: [String: RawInput], partial: Bool, in owner: P, _ req: Request) async throws {
        try await requireEdit(owner, req)
        try await requireNotFrozen(part, on: req.db)
        let values = try await validate(input, existing: part, partial: partial, owner: owner, on: req.db)
        try await RecordWriter.update(part, values: values, by: try req.requireSignedIn().author, on: req.db)
    }

    func delete(_ part: C, in owner: P, _ req: Request) async throws {
        try await requireEdit(owner, req)
        guard registry.deletable else {
            throw Abort(.methodNotAllowed, reason: "A \(registry.singular) is part of the record's history and is not deleted.")
        }
        try await requireNotFrozen(part, on: req.db)
        try await RecordWriter.delete(part, by: try req.requireSignedIn().author, on: req.db)
    }
}
