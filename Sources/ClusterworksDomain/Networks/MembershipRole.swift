public enum MembershipRole: String, Choice {
    case member
    case coordinator
    case client
    case supplier
    case serviceProvider = "service_provider"

    public var label: String {
        switch self {
        case .member: "Member"
        case .coordinator: "Coordinating member"
        case .client: "Client firm"
        case .supplier: "Supplier"
        case .serviceProvider: "Service provider"
        }
    }
}

public enum LeavingReason: String, Choice {
    case voluntary
    case expelledOpportunistic = "expelled_opportunistic"
    case businessClosed = "business_closed"
    case moved
    case networkDissolved = "network_dissolved"

    public var label: String {
        switch self {
        case .voluntary: "Left voluntarily"
        case .expelledOpportunistic: "Expelled for opportunistic behaviour"
        case .businessClosed: "Business closed"
        case .moved: "Moved away"
        case .networkDissolved: "Network dissolved"
        }
    }
}
