/// How an indicator's values may be broken down; the parts must add up to the total.
public enum Disaggregation: String, Choice {
    case none
    case sex
    case ageGroup = "age_group"

    public var label: String {
        switch self {
        case .none: "None"
        case .sex: "By sex"
        case .ageGroup: "By age group"
        }
    }

    /// The keys of the parts, as fields of a result entry.
    public var parts: [(key: String, label: String)] {
        switch self {
        case .none: []
        case .sex: [("female", "Women"), ("male", "Men")]
        case .ageGroup: [("youth", "Aged 15–24"), ("adults", "Aged 25–64"), ("older", "Aged 65 and over")]
        }
    }

    public static let allPartKeys = allCases.flatMap { $0.parts.map(\.key) }

    /// The parts of a figure in words ("Women 60 · Men 50"), or nil when the figure has none.
    public func describe(_ given: [String: Double]) -> String? {
        let present = parts.compactMap { p in given[p.key].map { "\(p.label) \(FieldValue.decimal($0).display)" } }
        return present.isEmpty ? nil : present.joined(separator: " · ")
    }

    /// Every part given, or none; all of them summing to the total.
    public func check(total: Double, parts given: [String: Double]) -> ValidationErrors {
        var errors = ValidationErrors()
        let mine = Set(parts.map(\.key))
        for key in given.keys.sorted() where !mine.contains(key) {
            errors.add(key, self == .none ? "cannot be given: this indicator is not disaggregated"
                                          : "does not belong to a breakdown \(label.lowercased())")
        }
        let present = parts.filter { given[$0.key] != nil }
        guard errors.isEmpty, !present.isEmpty else { return errors }
        for p in parts where given[p.key] == nil { errors.add(p.key, "is required when the breakdown \(label.lowercased()) is given") }
        guard errors.isEmpty else { return errors }
        let sum = parts.reduce(0) { $0 + given[$1.key]! }
        if abs(sum - total) > 1e-6 * max(1, abs(total)) {
            errors.add(parts[0].key, "the parts add up to \(FieldValue.decimal(sum).display), not to the total of \(FieldValue.decimal(total).display)")
        }
        return errors
    }
}
