/// Where a country project stands; the portfolio map colours countries by it.
public enum ProjectStatus: String, Choice {
    case underDesign = "under_design"
    case ongoing
    case completed
    case suspended
    case cancelled

    public var label: Phrase {
        switch self {
        case .underDesign: L("Under design")
        case .ongoing: L("On-going")
        case .completed: L("Completed")
        case .suspended: L("Suspended")
        case .cancelled: L("Cancelled")
        }
    }

    /// When a country has several projects the map shows the most active one: work going on now
    /// matters more than work planned, and planned work more than work ended.
    public var mapPrecedence: Int {
        switch self {
        case .ongoing: 5
        case .underDesign: 4
        case .suspended: 3
        case .completed: 2
        case .cancelled: 1
        }
    }
}
