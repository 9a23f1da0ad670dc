/// The trust-building and learning events a broker organises.
public enum EventType: String, Choice {
    case bilateralMeeting = "bilateral_meeting"
    case groupMeeting = "group_meeting"
    case workshop
    case training
    case studyTour = "study_tour"
    case tradeFair = "trade_fair"
    case validationMeeting = "validation_meeting"

    public var label: Phrase {
        switch self {
        case .bilateralMeeting: L("Bilateral meeting")
        case .groupMeeting: L("Group meeting")
        case .workshop: L("Workshop")
        case .training: L("Training")
        case .studyTour: L("Study tour")
        case .tradeFair: L("Trade fair")
        case .validationMeeting: L("Validation meeting")
        }
    }
}
