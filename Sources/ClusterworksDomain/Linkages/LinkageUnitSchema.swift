/// The linkage unit a host institution runs (the Vertical Linkages Unit at the Chamber of Industry).
public enum LinkageUnitSchema {
    public static let schema = RecordSchema(
        type: .linkageUnit,
        fields: [
            FieldRule("name", L("Name of the unit"), .text(maxLength: 200), required: true),
            FieldRule("hostInstitutionId", L("Host institution"), .reference(.actor), required: true),
            FieldRule("establishedOn", L("Established on"), .date),
            FieldRule("package", L("Supply-development package"), .longText(maxLength: 4000), help: L("What a client buys: evaluation, round tables, improvement plans")),
        ]
    )
}

/// One year of the unit's fees: the package fee phasing in towards its cost, invoiced and paid.
public enum FeeYearSchema {
    public static let schema = RecordSchema(
        type: .feeYear,
        fields: [
            FieldRule("year", L("Year"), .integer(1990...2100), required: true),
            FieldRule("packages", L("Packages delivered"), .integer(0...100_000), required: true),
            FieldRule("fee", L("Fee per package (USD)"), .decimal(0...1e9), required: true),
            FieldRule("unitCost", L("Cost of a package (USD)"), .decimal(0...1e9), required: true),
            FieldRule("invoiced", L("Fees invoiced (USD)"), .decimal(0...1e12)),
            FieldRule("paid", L("Fees paid (USD)"), .decimal(0...1e12)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let paid = v["paid"]?.decimal, paid > (v["invoiced"]?.decimal ?? 0) { errors.add("paid", L("cannot exceed the fees invoiced")) }
            return errors
        }
    )
}

/// How far the unit's fees cover its costs, year by year.
public struct CostRecovery: Sendable, Equatable {
    public struct Year: Sendable, Equatable {
        public let year: Int
        public let packages: Int
        public let fee: Double
        public let unitCost: Double
        public let invoiced: Double
        public let paid: Double
        /// The fee as a share of the package's cost: how far the fee has phased in, 0…1.
        public var feeShare: Double? { unitCost > 0 ? fee / unitCost : nil }
        /// Fees paid over the cost of the packages delivered, 0…1.
        public var recovery: Double? { packages > 0 && unitCost > 0 ? paid / (Double(packages) * unitCost) : nil }
        public init(year: Int, packages: Int, fee: Double, unitCost: Double, invoiced: Double, paid: Double) {
            self.year = year; self.packages = packages; self.fee = fee; self.unitCost = unitCost; self.invoiced = invoiced; self.paid = paid
        }
    }

    public let years: [Year]
    public init(_ years: [Year]) { self.years = years.sorted { $0.year < $1.year } }

    /// Years in which the fee fell: a phase-in should only rise.
    public var fallingFees: [Int] { zip(years, years.dropFirst()).filter { $1.fee < $0.fee }.map { $1.year } }
    public var totalRecovery: Double? {
        let cost = years.reduce(0) { $0 + Double($1.packages) * $1.unitCost }
        return cost > 0 ? years.reduce(0) { $0 + $1.paid } / cost : nil
    }
}
