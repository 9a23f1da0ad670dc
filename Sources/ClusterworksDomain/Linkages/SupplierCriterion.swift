/// What a client looks at in a supplier: the criteria of the supplier evaluation (enterprise audit).
public enum SupplierCriterion: String, Choice, Codable {
    case quality
    case delivery
    case cost
    case capacity
    case management
    case technology
    case finance
    case hse

    public var label: Phrase {
        switch self {
        case .quality: L("Quality")
        case .delivery: L("Delivery reliability")
        case .cost: L("Cost and price")
        case .capacity: L("Production capacity and flexibility")
        case .management: L("Management and planning")
        case .technology: L("Technology and equipment")
        case .finance: L("Financial soundness")
        case .hse: L("Health, safety and environment")
        }
    }

    public var scoreKey: String { rawValue + "Score" }
    public var evidenceKey: String { rawValue + "Evidence" }
    public var weightKey: String { rawValue + "Weight" }
    public var minimumKey: String { "min" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// What each score means, the same for every criterion so scores compare across audits.
    public static let scaleLevels: [(score: Int, meaning: Phrase)] = [
        (1, L("absent: no practice, frequent failures")), (2, L("informal: done by some, not reliably")),
        (3, L("basic: a practice exists and mostly works")), (4, L("good: documented practice, rare failures")),
        (5, L("excellent: measured and improved, meets the client's standard")),
    ]
    public static let scale = 1...5
}
