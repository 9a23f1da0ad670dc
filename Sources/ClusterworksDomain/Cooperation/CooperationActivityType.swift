/// What two cooperating clusters do together.
public enum CooperationActivityType: String, Choice {
    case benchmarkingVisit = "benchmarking_visit"
    case studyTour = "study_tour"
    case exchange
    case jointVenture = "joint_venture"
    case tradeMission = "trade_mission"
    case jointTraining = "joint_training"
    public var label: String {
        switch self {
        case .benchmarkingVisit: "Benchmarking visit"
        case .studyTour: "Study tour"
        case .exchange: "Exchange of technicians or brokers"
        case .jointVenture: "Joint venture"
        case .tradeMission: "Trade mission"
        case .jointTraining: "Joint training"
        }
    }
}
