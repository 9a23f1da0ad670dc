/// Where a broker stands with the programme.
public enum BrokerStatus: String, Choice {
    case inTraining = "in_training"
    case active
    case left
    public var label: Phrase {
        switch self {
        case .inTraining: L("In training")
        case .active: L("Active")
        case .left: L("Left the brokering function")
        }
    }
}
