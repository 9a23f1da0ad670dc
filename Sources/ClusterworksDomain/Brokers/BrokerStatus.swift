/// Where a broker stands with the programme.
public enum BrokerStatus: String, Choice {
    case inTraining = "in_training"
    case active
    case left
    public var label: String {
        switch self {
        case .inTraining: "In training"
        case .active: "Active"
        case .left: "Left the brokering function"
        }
    }
}
