/// One role per user; what a role may change is decided by `EditPolicy`.
public enum Role: String, Choice {
    case admin
    case programmeManager = "programme_manager"
    case broker
    case institutionStaff = "institution_staff"
    case enterpriseMember = "enterprise_member"
    case viewer

    public var label: String {
        switch self {
        case .admin: "Administrator"
        case .programmeManager: "Programme manager"
        case .broker: "Broker"
        case .institutionStaff: "Local institution staff"
        case .enterpriseMember: "Member enterprise"
        case .viewer: "Viewer / donor"
        }
    }

    /// Roles that do field work and so may be assigned projects, clusters and networks.
    public var worksByAssignment: Bool { [.programmeManager, .broker, .institutionStaff].contains(self) }
}

public enum Language: String, Choice {
    case en, es, fr
    public var label: String {
        switch self {
        case .en: "English"
        case .es: "Español"
        case .fr: "Français"
        }
    }
}
