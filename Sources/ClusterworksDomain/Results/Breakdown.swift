/// A figure's values per category of its indicator's dimensions (sex: women 60, men 50; age
/// group: …). Each dimension given is complete and, for additive figures, adds up to the total.
public struct Breakdown: Sendable, Equatable {
    /// Dimension code → category code → value.
    public private(set) var values: [String: [String: Double]]

    public init(_ values: [String: [String: Double]] = [:]) { self.values = values.filter { !$0.value.isEmpty } }

    public var isEmpty: Bool { values.isEmpty }

    /// Kept as a `dimension.category=value` line each, sorted, so equal breakdowns are equal text.
    public var lines: [String] {
        values.keys.sorted().flatMap { d in values[d]!.keys.sorted().map { c in "\(d).\(c)=\(values[d]![c]!)" } }
    }

    /// Read back from kept lines; a line that does not read is skipped (it was never written so).
    public init(lines: [String]) {
        var v: [String: [String: Double]] = [:]
        for line in lines {
            let kv = line.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let value = Double(kv[1]) else { continue }
            let dc = kv[0].split(separator: ".", maxSplits: 1)
            guard dc.count == 2 else { continue }
            v[String(dc[0]), default: [:]][String(dc[1])] = value
        }
        self.init(v)
    }

    /// The value of one category, if given.
    public func value(_ dimension: String, _ category: String) -> Double? { values[dimension]?[category] }

    /// Why this breakdown does not fit a figure of `total` for an indicator of `scale` broken down by
    /// `dimensions`; each problem is on the field `breakdown.<dimension>`.
    public func check(total: Double, scale: IndicatorScale, dimensions: [BreakdownDimension]) -> ValidationErrors {
        var errors = ValidationErrors()
        let allowed = dimensions.map(\.code).joined(separator: ", ")
        for (code, given) in values.sorted(by: { $0.key < $1.key }) {
            let field = "breakdown.\(code)"
            guard let dimension = dimensions.first(where: { $0.code == code }) else {
                errors.add(field, dimensions.isEmpty ? L("cannot be given: the indicator has no breakdown")
                                                     : L("is not a breakdown of this indicator (its breakdowns: \(allowed))"))
                continue
            }
            for c in given.keys.sorted() where dimension.category(c) == nil {
                errors.add(field, L("has no category \(c) (its categories: \(dimension.categories.map(\.code).joined(separator: ", ")))"))
            }
            let missing = dimension.categories.filter { given[$0.code] == nil }
            if !missing.isEmpty { errors.add(field, L("needs a value for every category; missing: \(missing.map(\.label).joined(separator: ", "))")) }
            for c in dimension.categories { if let v = given[c.code], let p = scale.problem(v) { errors.add(field, L("\(c.label) \(p)")) } }
            guard errors.messages(for: field).isEmpty, scale.isAdditive else { continue }
            let sum = dimension.categories.reduce(0) { $0 + given[$1.code]! }
            if abs(sum - total) > 1e-6 * max(1, abs(total)) {
                errors.add(field, L("\(dimension.name): \(dimension.categories.map(\.label).joined(separator: " + ")) add up to \(FieldValue.decimal(sum).display), not to the total of \(FieldValue.decimal(total).display)"))
            }
        }
        return errors
    }

    /// Breakdowns of several figures added up, category by category; a dimension is kept only where
    /// every figure gives it (a partial sum would not be the whole).
    public static func sum(_ parts: [Breakdown]) -> Breakdown {
        guard let first = parts.first else { return Breakdown() }
        let shared = parts.dropFirst().reduce(Set(first.values.keys)) { $0.intersection($1.values.keys) }
        var out: [String: [String: Double]] = [:]
        for b in parts { for d in shared { for (c, v) in b.values[d]! { out[d, default: [:]][c, default: 0] += v } } }
        return Breakdown(out)
    }

    /// The breakdown in words, a dimension a line ("Sex of the person: Women 60 · Men 50").
    public func describe(_ dimensions: [BreakdownDimension]) -> [String] {
        values.keys.sorted().map { code in
            let d = dimensions.first { $0.code == code }
            let given = values[code]!
            let order = d.map { $0.categories.map(\.code).filter { given[$0] != nil } } ?? given.keys.sorted()
            let parts = order.map { c in "\(d?.category(c)?.label ?? c) \(FieldValue.decimal(given[c]!).display)" }
            return "\(d?.name ?? code): \(parts.joined(separator: " · "))"
        }
    }
}

extension IndicatorScale {
    /// Whether parts of a figure add up to it: counts, amounts and quantities do; a percentage of
    /// women employed and one of men do not add up to the percentage of all.
    public var isAdditive: Bool { self != .percent }
}
