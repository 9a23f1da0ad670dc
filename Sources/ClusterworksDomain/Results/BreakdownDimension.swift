/// A way of breaking an indicator's figures down (sex of the person, firm size class) into
/// categories. A programme starts with the standard ones; an admin adds others.
public struct BreakdownDimension: Sendable, Equatable {
    public struct Category: Sendable, Equatable {
        public let code: String
        public let label: String
        public init(_ code: String, _ label: String) { self.code = code; self.label = label }
    }

    public let code: String
    public let name: String
    public let categories: [Category]

    public init(code: String, name: String, categories: [Category]) {
        self.code = code; self.name = name; self.categories = categories
    }

    public func category(_ code: String) -> Category? { categories.first { $0.code == code } }

    /// The dimensions every programme starts with. Codes are what IATI files and the API carry.
    public static let standard: [BreakdownDimension] = [
        .init(code: "sex", name: "Sex of the person", categories: [.init("female", "Women"), .init("male", "Men")]),
        .init(code: "owner_sex", name: "Sex of the owner",
              categories: [.init("female", "Owned by women"), .init("male", "Owned by men"), .init("joint", "Owned jointly")]),
        .init(code: "age_group", name: "Age group",
              categories: [.init("youth", "Aged 15–24"), .init("adults", "Aged 25–64"), .init("older", "Aged 65 and over")]),
        .init(code: "firm_size", name: "Firm size class", categories: SizeClass.allCases.map { .init($0.rawValue, $0.label.english) }),
        .init(code: "location", name: "Rural or urban", categories: [.init("rural", "Rural"), .init("urban", "Urban")]),
    ]

    /// A code as the API and IATI files carry it: lower-case letters, digits and `_`, starting with a letter.
    public static func isCode(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first), s.unicodeScalars.count <= 40 else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The categories as typed and kept: a `code=Label` line each.
    public var categoryLines: [String] { categories.map { "\($0.code)=\($0.label)" } }

    /// Categories read from `code=Label` lines, or why they cannot be.
    public static func categories(from lines: [String]) -> Result<[Category], FieldProblem> {
        var out: [Category] = []
        for line in lines {
            let parts = line.split(separator: "=", maxSplits: 1).map { String($0).trimmedSpace() }
            guard parts.count == 2, !parts[1].isEmpty else { return .failure(.init(L("must each be a line code=Label, e.g. female=Women (not “\(line)”)"))) }
            guard isCode(parts[0]) else { return .failure(.init(L("have codes of lower-case letters, digits and _ starting with a letter (not “\(parts[0])”)"))) }
            guard !out.contains(where: { $0.code == parts[0] }) else { return .failure(.init(L("name the category \(parts[0]) twice"))) }
            out.append(.init(parts[0], parts[1]))
        }
        return out.count >= 2 ? .success(out) : .failure(.init(L("need at least two categories")))
    }
}
