public enum MembershipRole: String, Choice {
    case member
    case coordinator
    case client
    case supplier
    case serviceProvider = "service_provider"

    public var label: Phrase {
        switch self {
        case .member: L("Member")
        case .coordinator: L("Coordinating member")
        case .client: L("Client firm")
        case .supplier: L("Supplier")
        case .serviceProvider: L("Service provider")
        }
    }
}

public enum LeavingReason: String, Choice {
    case voluntary
    case expelledOpportunistic = "expelled_opportunistic"
    case businessClosed = "business_closed"
    case moved
    case networkDissolved = "network_dissolved"

    public var label: Phrase {
        switch self {
        case .voluntary: L("Left voluntarily")
        case .expelledOpportunistic: L("Expelled for opportunistic behaviour")
        case .businessClosed: L("Business closed")
        case .moved: L("Moved away")
        case .networkDissolved: L("Network dissolved")
        }
    }
}
