/// Our words in IATI 2.03 codes (codelists in the standard's `codelists/`).
public enum IATICodes {
    /// ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.
    public static func activityStatus(_ s: ProjectStatus) -> Int {
        switch s {
        case .underDesign: 1
        case .ongoing: 2
        case .completed: 4
        case .cancelled: 5
        case .suspended: 6
        }
    }

    /// ResultType: what the project delivers (1 output), what changes for firms and networks
    /// (2 outcome), what changes for the cluster as a whole (3 impact).
    public static func resultType(_ level: IndicatorLevel) -> Int {
        switch level {
        case .project: 1
        case .firm, .network: 2
        case .cluster: 3
        }
    }

    /// IndicatorMeasure: 1 unit, 2 percentage.
    public static func measure(_ scale: IndicatorScale) -> Int { scale == .percent ? 2 : 1 }

    /// OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.
    public enum Role: Int, Sendable { case funding = 1, accountable, extending, implementing }

    /// ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
    public enum DateType: Int, Sendable { case plannedStart = 1, actualStart, plannedEnd, actualEnd }

    /// TransactionType: 11 incoming commitment (a pledge), 1 incoming funds (a payment).
    public enum TransactionType: Int, Sendable { case incomingFunds = 1, incomingCommitment = 11 }

    /// Shares of 100 with two decimals that add up to exactly 100 (the last takes the rounding).
    public static func percentages(_ count: Int) -> [Double] {
        guard count > 0 else { return [] }
        let each = (10_000 / count)
        return (0..<count).map { i in Double(i == count - 1 ? 10_000 - each * (count - 1) : each) / 100 }
    }

    /// An IATI identifier: the reporting organisation's reference, a hyphen, the project's code with
    /// anything but letters, digits, `-`, `_` and `.` made a hyphen (IATI identifiers carry no spaces or slashes).
    public static func identifier(organisation: String, projectCode: String) -> String {
        let code = String(projectCode.unicodeScalars.map { s in
            (("A"..."Z").contains(s) || ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_" || s == ".") ? Character(s) : "-"
        })
        return "\(organisation)-\(code)"
    }
}
