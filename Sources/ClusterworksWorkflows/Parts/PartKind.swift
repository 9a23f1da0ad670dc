import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// What a rule beyond the schema may look at: the owner, the values about to be written, the
/// record they replace and today.
package struct PartWrite<P: SchemaRecord, C: OwnedRecord>: @unchecked Sendable {
    package let owner: P
    package let values: RecordValues
    package let existing: C?
    package let today: CalendarDate
    package let db: any Database
    package var ownerId: UUID { owner.id! }
}

/// A kind of part of a record (a cluster's events, its diagnostic…) as the workflows know it.
/// Parts are changed by whoever may change their owner.
package struct PartKind<P: SchemaRecord, C: OwnedRecord>: Sendable {
    package let owner: RecordKind<P>
    package let ownerKind: ScopeKind
    package let singular: Phrase
    package let plural: Phrase
    /// At most one per owner (the action plan, the handover plan).
    package var single = false
    /// Parts that are history (plan reviews) are never deleted.
    package var deletable = true
    /// Whether a user may read this part (everyone signed in, unless a kind says otherwise).
    package var canRead: @Sendable (Principal, P, C, any Database) async throws -> Bool = { _, _, _, _ in true }
    /// Rules across records: the part's place among the owner's other records.
    package var rules: @Sendable (PartWrite<P, C>) async throws -> ValidationErrors = { _ in .init() }
    /// Why a part can no longer change (it belongs to a validated diagnostic): field and message.
    package var frozen: @Sendable (C, any Database) async throws -> (String, Phrase)? = { _, _ in nil }
    /// Fields a new part takes from its owner's other records (the next version number).
    package var configureNew: @Sendable (P, any Database) async throws -> @Sendable (C) -> Void = { _, _ in { _ in } }

    package init(owner: RecordKind<P>, ownerKind: ScopeKind, singular: Phrase, plural: Phrase, single: Bool = false, deletable: Bool = true,
                 canRead: @escaping @Sendable (Principal, P, C, any Database) async throws -> Bool = { _, _, _, _ in true },
                 rules: @escaping @Sendable (PartWrite<P, C>) async throws -> ValidationErrors = { _ in .init() },
                 frozen: @escaping @Sendable (C, any Database) async throws -> (String, Phrase)? = { _, _ in nil },
                 configureNew: @escaping @Sendable (P, any Database) async throws -> @Sendable (C) -> Void = { _, _ in { _ in } }) {
        self.owner = owner
        self.ownerKind = ownerKind
        self.singular = singular
        self.plural = plural
        self.single = single
        self.deletable = deletable
        self.canRead = canRead
        self.rules = rules
        self.frozen = frozen
        self.configureNew = configureNew
    }

    package var schema: RecordSchema { C.recordSchema }
    package func scope(_ owner: P) -> ScopeRef { ScopeRef(ownerKind, owner.id!) }
}
