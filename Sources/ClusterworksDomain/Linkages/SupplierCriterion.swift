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

    public var label: String {
        switch self {
        case .quality: "Quality"
        case .delivery: "Delivery reliability"
        case .cost: "Cost and price"
        case .capacity: "Production capacity and flexibility"
        case .management: "Management and planning"
        case .technology: "Technology and equipment"
        case .finance: "Financial soundness"
        case .hse: "Health, safety and environment"
        }
    }

    public var scoreKey: String { rawValue + "Score" }
    public var evidenceKey: String { rawValue + "Evidence" }
    public var weightKey: String { rawValue + "Weight" }
    public var minimumKey: String { "min" + rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// What each score means, the same for every criterion so scores compare across audits.
    public static let scaleLevels: [(score: Int, meaning: String)] = [
        (1, "absent: no practice, frequent failures"), (2, "informal: done by some, not reliably"),
        (3, "basic: a practice exists and mostly works"), (4, "good: documented practice, rare failures"),
        (5, "excellent: measured and improved, meets the client's standard"),
    ]
    public static let scale = 1...5
}
