import Foundation

/// What an assignment points at: a project, a cluster or a network.
public enum ScopeKind: String, Choice {
    case project, cluster, network
    public var label: Phrase {
        switch self {
        case .project: L("Project")
        case .cluster: L("Cluster")
        case .network: L("Network")
        }
    }

    public var recordType: RecordType {
        switch self {
        case .project: .project
        case .cluster: .cluster
        case .network: .network
        }
    }
}

public struct ScopeRef: Hashable, Sendable {
    public let kind: ScopeKind
    public let id: UUID
    public init(_ kind: ScopeKind, _ id: UUID) { self.kind = kind; self.id = id }
}

/// The signed-in user as the rules see them.
public struct Principal: Sendable {
    public let userId: UUID
    public let role: Role
    public let assignments: Set<ScopeRef>
    /// The enterprise or institution the user works for, if recorded.
    public let organisation: UUID?

    public init(userId: UUID, role: Role, assignments: Set<ScopeRef>, organisation: UUID? = nil) {
        self.userId = userId
        self.role = role
        self.assignments = assignments
        self.organisation = organisation
    }
}

/// Who may change what. Everyone signed in reads; changes need the admin role, or a field role and
/// an assignment anywhere on the record's chain (a programme manager assigned to a project edits its
/// clusters and networks; a broker assigned to a cluster edits the networks inside it).
public enum EditPolicy {
    /// `chain` lists the record itself and the records that contain it.
    public static func canEdit(_ p: Principal, chain: [ScopeRef]) -> Bool {
        if p.role == .admin { return true }
        guard p.role.worksByAssignment else { return false }
        return chain.contains { p.assignments.contains($0) }
    }

    /// Creating inside a parent needs edit rights on the parent; creating at the top level is for
    /// programme managers (projects and everything else) and brokers (clusters and networks).
    public static func canCreate(_ p: Principal, _ type: RecordType, parentChain: [ScopeRef]) -> Bool {
        if p.role == .admin { return true }
        if !parentChain.isEmpty { return canEdit(p, chain: parentChain) }
        switch type {
        case .project: return p.role == .programmeManager
        case .cluster, .network: return p.role == .programmeManager || p.role == .broker
        default: return false
        }
    }

    /// Whether a role may create a record of this type anywhere at all: decides whether a "new"
    /// button is offered and lets a request be refused before its content is even read.
    public static func mayCreateSomewhere(_ p: Principal, _ type: RecordType) -> Bool {
        if p.role == .admin { return true }
        switch type {
        case .project: return p.role == .programmeManager
        case .cluster, .network: return p.role.worksByAssignment
        default: return false
        }
    }

    /// Putting a record under other parents needs rights on where it goes; taking it out of its
    /// parents altogether needs rights on those parents, so a broker cannot detach a cluster from
    /// the project that manages it.
    public static func canMove(_ p: Principal, _ type: RecordType, from old: [ScopeRef], to new: [ScopeRef]) -> Bool {
        if Set(old) == Set(new) { return true }
        if new.isEmpty { return old.isEmpty || canEdit(p, chain: old) }
        return canEdit(p, chain: new)
    }

    /// Actors and persons form a shared registry that every field role keeps up to date.
    public static func canEditRegistry(_ p: Principal) -> Bool {
        p.role == .admin || p.role.worksByAssignment
    }

    /// Removing a registry entry loses history others rely on; it is for admins and programme managers.
    public static func canDeleteRegistryEntry(_ p: Principal) -> Bool {
        p.role == .admin || p.role == .programmeManager
    }

    /// Overriding a phase's conditions is a programme manager's call on what they manage (or an admin's).
    public static func canOverride(_ p: Principal, chain: [ScopeRef]) -> Bool {
        p.role == .admin || (p.role == .programmeManager && canEdit(p, chain: chain))
    }

    /// Programme managers curate the indicator library: they accept proposals and change accepted indicators.
    public static func canCurateLibrary(_ p: Principal) -> Bool { p.role == .admin || p.role == .programmeManager }

    /// Figures are approved for reports by a programme manager of the work they measure (or an admin).
    public static func canReviewFigures(_ p: Principal, chain: [ScopeRef]) -> Bool { canOverride(p, chain: chain) }

    /// The NET target matrix and scale are set for the whole programme.
    public static func canSetProgrammeTargets(_ p: Principal) -> Bool { p.role == .admin || p.role == .programmeManager }

    /// Cluster maps from national statistics choose where a programme works: its managers make them.
    public static func canMapClusters(_ p: Principal) -> Bool { p.role == .admin || p.role == .programmeManager }

    /// Brokers, their training, cooperation between clusters and joint learning are the programme's:
    /// its managers keep them (field staff add what concerns the work they are assigned to).
    public static func canManageProgramme(_ p: Principal) -> Bool { p.role == .admin || p.role == .programmeManager }

    /// Reference data (countries), users and assignments.
    public static func canAdminister(_ p: Principal) -> Bool { p.role == .admin }
}
