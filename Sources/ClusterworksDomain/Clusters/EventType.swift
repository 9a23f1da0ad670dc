/// The trust-building and learning events a broker organises.
public enum EventType: String, Choice {
    case bilateralMeeting = "bilateral_meeting"
    case groupMeeting = "group_meeting"
    case workshop
    case training
    case studyTour = "study_tour"
    case tradeFair = "trade_fair"
    case validationMeeting = "validation_meeting"

    public var label: String {
        switch self {
        case .bilateralMeeting: "Bilateral meeting"
        case .groupMeeting: "Group meeting"
        case .workshop: "Workshop"
        case .training: "Training"
        case .studyTour: "Study tour"
        case .tradeFair: "Trade fair"
        case .validationMeeting: "Validation meeting"
        }
    }
}
