/// One role per user; what a role may change is decided by `EditPolicy`.
public enum Role: String, Choice {
    case admin
    case programmeManager = "programme_manager"
    case broker
    case institutionStaff = "institution_staff"
    case enterpriseMember = "enterprise_member"
    case viewer

    public var label: Phrase {
        switch self {
        case .admin: L("Administrator")
        case .programmeManager: L("Programme manager")
        case .broker: L("Broker")
        case .institutionStaff: L("Local institution staff")
        case .enterpriseMember: L("Member enterprise")
        case .viewer: L("Viewer / donor")
        }
    }

    /// Roles that do field work and so may be assigned projects, clusters and networks.
    public var worksByAssignment: Bool { [.programmeManager, .broker, .institutionStaff].contains(self) }
}
