import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// Describes one kind of part of a record (a cluster's events, its diagnostic…) once, for its
/// pages and its API alike. Parts are changed by whoever may change their owner.
struct PartRegistry<P: SchemaRecord, C: OwnedRecord>: Sendable {
    let owner: Registry<P>
    let ownerKind: ScopeKind
    let folder: Folder
    let singular: Phrase
    let plural: Phrase
    let columns: [String]
    /// The section of the owner's navigation that reaches this part; nil: its own path.
    var section: String? = nil
    /// At most one per owner (the action plan, the handover plan).
    var single = false
    /// Parts that are history (plan reviews) are never deleted.
    var deletable = true
    /// False when creating needs more than the schema's fields (a review reports progress per action).
    var genericCreate = true
    /// Whether the signed-in user may read this part (everyone signed in, unless a kind says otherwise).
    var canRead: @Sendable (Principal, P, C, any Database) async throws -> Bool = { _, _, _, _ in true }
    /// Rules across records: the part's place among the owner's other records.
    var rules: @Sendable (PartWrite<P, C>) async throws -> ValidationErrors = { _ in .init() }
    /// Why a part can no longer change (it belongs to a validated diagnostic): field and message.
    var frozen: @Sendable (C, any Database) async throws -> (String, Phrase)? = { _, _ in nil }
    /// Query parameters the list page reads (a map of linkages compared with a date).
    var queryParameters: [QueryParameter] = []
    /// Shown above the list (charts, matrices).
    var intro: @Sendable (P, [C], Request) async throws -> HTML = { _, _, _ in .empty }
    /// Shown below a part's fields (a diagnostic's perceptions).
    var detail: @Sendable (P, C, Request) async throws -> HTML = { _, _, _ in .empty }
    /// Where a page goes after a change; nil is the list.
    var returnTo: @Sendable (P, C) -> SitePath? = { _, _ in nil }
    /// Values a new part's form starts with, from the owner's records.
    var prefill: @Sendable (P, Request) async throws -> [String: String] = { _, _ in [:] }
    /// What the API adds to a part beyond its fields (a review's progress and the plan version it kept).
    var extraJSON: @Sendable (C) -> [(String, JSONOut)] = { _ in [] }
    /// Fields a new part takes from its owner's other records (the next version number).
    var configureNew: @Sendable (P, any Database) async throws -> @Sendable (C) -> Void = { _, _ in { _ in } }

    var schema: RecordSchema { C.recordSchema }
    var navigationSection: String { section ?? folder.rawValue }

    /// What the workflows need of this kind of part.
    var kind: PartKind<P, C> {
        PartKind(owner: owner.kind, ownerKind: ownerKind, singular: singular, plural: plural, single: single, deletable: deletable,
                 canRead: canRead, rules: rules, frozen: frozen, configureNew: configureNew)
    }

    /// What the OpenAPI document says about this kind of part.
    var descriptor: PartDescriptor {
        PartDescriptor(ownerPath: owner.folder.rawValue, ownerKind: ownerKind, path: folder.rawValue, singular: singular, schema: schema,
                       deletable: deletable, genericCreate: genericCreate)
    }

    func ownerPath(_ owner: P) -> SitePath { .record(self.owner.folder, .id(owner.id!)) }
    func listPath(_ owner: P) -> SitePath { .parts(self.owner.folder, .id(owner.id!), folder) }
    func partPath(_ owner: P, _ part: C) -> SitePath { .part(self.owner.folder, .id(owner.id!), folder, .id(part.id!)) }
    func scope(_ owner: P) -> ScopeRef { ScopeRef(ownerKind, owner.id!) }
}

struct PartDescriptor: Sendable {
    let ownerPath: String
    let ownerKind: ScopeKind
    let path: String
    let singular: Phrase
    let schema: RecordSchema
    let deletable: Bool
    let genericCreate: Bool
    /// The component name in the OpenAPI document, e.g. `ChainStage`.
    var name: String { schema.type.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
}
