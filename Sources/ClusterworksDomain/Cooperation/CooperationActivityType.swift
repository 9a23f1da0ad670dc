/// What two cooperating clusters do together.
public enum CooperationActivityType: String, Choice {
    case benchmarkingVisit = "benchmarking_visit"
    case studyTour = "study_tour"
    case exchange
    case jointVenture = "joint_venture"
    case tradeMission = "trade_mission"
    case jointTraining = "joint_training"
    public var label: Phrase {
        switch self {
        case .benchmarkingVisit: L("Benchmarking visit")
        case .studyTour: L("Study tour")
        case .exchange: L("Exchange of technicians or brokers")
        case .jointVenture: L("Joint venture")
        case .tradeMission: L("Trade mission")
        case .jointTraining: L("Joint training")
        }
    }
}
