/// The seven indicators of the Network Evaluation Tool.
public enum NETIndicator: String, Choice, Codable {
    case groupCohesion = "group_cohesion"
    case internalOrganization = "internal_organization"
    case strategicAnalysis = "strategic_analysis"
    case strategicPlanning = "strategic_planning"
    case productionRestructuring = "production_restructuring"
    case economicPerformance = "economic_performance"
    case institutionalConnection = "institutional_connection"

    public var label: Phrase {
        switch self {
        case .groupCohesion: L("Group cohesion")
        case .internalOrganization: L("Internal organization")
        case .strategicAnalysis: L("Strategic analysis capability")
        case .strategicPlanning: L("Strategic planning capability")
        case .productionRestructuring: L("Restructuring of production")
        case .economicPerformance: L("Economic performance")
        case .institutionalConnection: L("Capability to connect to the institutional environment")
        }
    }

    /// A label short enough for a chart's axis.
    public var shortLabel: String {
        switch self {
        case .groupCohesion: "Cohesion"
        case .internalOrganization: "Organization"
        case .strategicAnalysis: "Analysis"
        case .strategicPlanning: "Planning"
        case .productionRestructuring: "Production"
        case .economicPerformance: "Economic"
        case .institutionalConnection: "Institutions"
        }
    }

    /// The fields of an assessment that hold this indicator's score and evidence.
    public var scoreKey: String { camel + "Score" }
    public var evidenceKey: String { camel + "Evidence" }
    var camel: String {
        let parts = rawValue.split(separator: "_")
        return String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
