/// The groups whose views a diagnostic records side by side and whose people come to events.
public enum StakeholderGroup: String, Choice {
    case entrepreneurs
    case supportInstitutions = "support_institutions"
    case government
    case ngos
    case buyers
    case suppliers
    case financialInstitutions = "financial_institutions"
    case workers

    public var label: Phrase {
        switch self {
        case .entrepreneurs: L("Entrepreneurs")
        case .supportInstitutions: L("Support institutions")
        case .government: L("Government")
        case .ngos: L("NGOs")
        case .buyers: L("Buyers")
        case .suppliers: L("Suppliers")
        case .financialInstitutions: L("Financial institutions")
        case .workers: L("Workers")
        }
    }

    /// The field of an event that counts this group's participants.
    public var countKey: String { "count" + rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
}
