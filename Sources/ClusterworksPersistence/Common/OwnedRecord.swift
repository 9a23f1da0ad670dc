import ClusterworksDomain
import FluentKit
import Foundation

/// A record that is part of another (a cluster's diagnostic, events, plan): it is listed, read
/// and changed through its owner, whose rights govern it.
public protocol OwnedRecord: SchemaRecord {
    /// The column naming the owner of this kind, or nil when records cannot belong to that kind.
    static func ownerColumn(_ kind: ScopeKind) -> FieldKey?
    func setOwner(_ kind: ScopeKind, _ id: UUID)
}

extension OwnedRecord {
    /// The records owned by one record, in their default order, with their values kept in other tables.
    public static func owned(by kind: ScopeKind, _ id: UUID, on db: any Database) -> QueryBuilder<Self> {
        let q = RecordQuery.withLinks(query(on: db)).sort(defaultSort).sort(\._$id)
        guard let column = ownerColumn(kind) else { return q.filter(\._$id == UUID(uuidString: "00000000-0000-0000-0000-000000000000")!) }
        return q.filter(column, .equal, id)
    }

    /// The records owned by any of several records, for pages that list many owners at once.
    public static func owned(by kind: ScopeKind, anyOf ids: [UUID], on db: any Database) -> QueryBuilder<Self> {
        let q = RecordQuery.withLinks(query(on: db)).sort(defaultSort).sort(\._$id)
        guard let column = ownerColumn(kind), !ids.isEmpty else { return q.filter(\._$id == UUID(uuidString: "00000000-0000-0000-0000-000000000000")!) }
        return q.filter(.path([column], schema: Self.schema), .subset(inverse: false), .array(ids.map { .bind($0) }))
    }
}

/// Records that belong to a cluster by a `cluster_id` column.
public protocol ClusterPart: OwnedRecord {
    var clusterId: UUID { get set }
}

extension ClusterPart {
    public static func ownerColumn(_ kind: ScopeKind) -> FieldKey? { kind == .cluster ? "cluster_id" : nil }
    public func setOwner(_ kind: ScopeKind, _ id: UUID) { if kind == .cluster { clusterId = id } }
}

/// Lists of record ids are kept like other lists: a line each.
extension Dictionary where Key == String, Value == FieldValue {
    public func ids(_ key: String) -> [UUID] { (self[key]?.list ?? []).compactMap(UUID.init(uuidString:)) }
}

/// Records that belong to a network by a `network_id` column.
public protocol NetworkPart: OwnedRecord {
    var networkId: UUID { get set }
}

extension NetworkPart {
    public static func ownerColumn(_ kind: ScopeKind) -> FieldKey? { kind == .network ? "network_id" : nil }
    public func setOwner(_ kind: ScopeKind, _ id: UUID) { if kind == .network { networkId = id } }
}

/// Records that belong to a project by a `project_id` column.
public protocol ProjectPart: OwnedRecord {
    var projectId: UUID { get set }
}

extension ProjectPart {
    public static func ownerColumn(_ kind: ScopeKind) -> FieldKey? { kind == .project ? "project_id" : nil }
    public func setOwner(_ kind: ScopeKind, _ id: UUID) { if kind == .project { projectId = id } }
}
