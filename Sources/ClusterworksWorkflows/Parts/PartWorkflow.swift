import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// The steps every change to a part goes through, from a form, the API, the CLI or the demo:
/// the owner's rights, the schema, references inside the owner, the part's own rules, then the
/// write with history.
package struct PartWorkflow<P: SchemaRecord, C: OwnedRecord>: Sendable {
    package let kind: PartKind<P, C>

    package init(kind: PartKind<P, C>) { self.kind = kind }

    /// The part with this id in this owner, if the reader may see it: what a user may not read
    /// does not exist for them.
    package func find(_ id: UUID, in owner: P, for reader: Principal, on db: any Database) async throws -> C {
        guard let column = C.ownerColumn(kind.ownerKind),
              let part = try await RecordQuery.withLinks(C.query(on: db)).filter(\._$id == id).filter(column, .equal, try owner.requireID()).first(),
              try await kind.canRead(reader, owner, part, db) else {
            throw Refusal.notFound(L("No \(kind.singular) with that id in this \(kind.owner.singular)."))
        }
        return part
    }

    /// The owner's parts the reader may read.
    package func list(_ owner: P, for reader: Principal, on db: any Database) async throws -> [C] {
        var out: [C] = []
        for part in try await list(owner, on: db) where try await kind.canRead(reader, owner, part, db) { out.append(part) }
        return out
    }

    package func list(_ owner: P, on db: any Database) async throws -> [C] {
        try await C.owned(by: kind.ownerKind, try owner.requireID(), on: db).all()
    }

    package func mayEdit(_ owner: P, by p: Principal, on db: any Database) async throws -> Bool {
        try await kind.owner.canEdit(p, owner, on: db)
    }

    package func requireEdit(_ owner: P, by p: Principal, on db: any Database) async throws {
        guard try await mayEdit(owner, by: p, on: db) else {
            throw Refusal.forbidden(L("You may not change what this \(kind.owner.singular) records here (\(kind.plural))."))
        }
    }

    package func requireNotFrozen(_ part: C, on db: any Database) async throws {
        if let (field, message) = try await kind.frozen(part, db) {
            throw FieldErrors(errors: .init(field: field, message), kind: .conflict)
        }
    }

    /// Every problem at once: the schema's, references outside the owner, a second one of a part an
    /// owner has once, a value another part of the owner holds, and the part's own rules.
    package func validate(_ input: [String: RawInput], existing: C?, partial: Bool, owner: P, today: CalendarDate,
                          on db: any Database) async throws -> RecordValues {
        var (values, errors) = try await RecordValidation.read(kind.schema, input, existing: partial ? existing?.values : nil, today: today, on: db)
        errors.mergeNew(try await ReferenceDirectory.checkOwnership(values, schema: kind.schema, owner: kind.scope(owner), on: db))
        let ownerKey = "\(kind.ownerKind.rawValue)Id", ownerId = try owner.requireID()
        var duplicate: String?
        if kind.single, existing == nil, try await C.owned(by: kind.ownerKind, ownerId, on: db).count() > 0 {
            duplicate = ownerKey
            errors.mergeNew(.init(field: ownerKey, L("this \(kind.owner.singular) already has one (\(kind.singular)); change that one")))
        }
        if let column = C.ownerColumn(kind.ownerKind),
           let clash = try await RecordQuery.clash(C.self, values, excluding: existing?.id, within: (column, ownerId), on: db) {
            duplicate = clash.field
            errors.mergeNew(.init(field: clash.field, L("is already used by \(clash.holder) in this \(kind.owner.singular)")))
        }
        errors.mergeNew(try await kind.rules(PartWrite(owner: owner, values: values, existing: existing, today: today, db: db)))
        guard errors.isEmpty else { throw FieldErrors(errors: errors, duplicate: duplicate) }
        return values
    }

    package func create(_ input: [String: RawInput], in owner: P, by acting: Acting, today: CalendarDate, on db: any Database,
                        configure: @escaping @Sendable (C) -> Void = { _ in }) async throws -> C {
        try await requireEdit(owner, by: acting.principal, on: db)
        let values = try await validate(input, existing: nil, partial: false, owner: owner, today: today, on: db)
        let (ownerKind, ownerId) = (kind.ownerKind, try owner.requireID())
        let configureNew = try await kind.configureNew(owner, db)
        return try await RecordWriter.create(C.self, values: values, by: acting.author, on: db,
                                             configure: { $0.setOwner(ownerKind, ownerId); configureNew($0); configure($0) })
    }

    package func update(_ part: C, _ input: [String: RawInput], partial: Bool, in owner: P, by acting: Acting,
                        today: CalendarDate, on db: any Database) async throws {
        try await requireEdit(owner, by: acting.principal, on: db)
        try await requireNotFrozen(part, on: db)
        let values = try await validate(input, existing: part, partial: partial, owner: owner, today: today, on: db)
        try await RecordWriter.update(part, values: values, by: acting.author, on: db, check: { try await requireNotFrozen($0, on: $1) })
    }

    package func delete(_ part: C, in owner: P, by acting: Acting, on db: any Database) async throws {
        try await requireEdit(owner, by: acting.principal, on: db)
        guard kind.deletable else {
            throw Refusal.notAllowed(L("A \(kind.singular) is part of the record's history and is not deleted."))
        }
        try await requireNotFrozen(part, on: db)
        try await RecordWriter.delete(part, by: acting.author, on: db, check: { try await requireNotFrozen($0, on: $1) })
    }
}
