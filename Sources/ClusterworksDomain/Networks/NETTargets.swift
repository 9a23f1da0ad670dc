/// The target matrix: for each phase, the score each indicator should reach. Kept at programme level,
/// with overrides for a network whose situation differs.
public struct NETTargets: Sendable, Equatable {
    public private(set) var values: [NetworkPhase: [NETIndicator: Double]]

    public init(_ values: [NetworkPhase: [NETIndicator: Double]]) { self.values = values }

    /// The defaults on the 1–5 scale: cohesion and organisation come first, economic results and
    /// institutional links later, as the five phases build on each other.
    public static let standard: NETTargets = {
        let rows: [(NetworkPhase, [Double])] = [
            (.promotion, [2, 1, 1, 1, 1, 1, 1]),
            (.strategicPlanning, [3, 2, 2, 2, 1, 1, 2]),
            (.pilotProjects, [3, 3, 3, 3, 2, 2, 2]),
            (.strategicProjects, [4, 4, 3, 4, 3, 3, 3]),
            (.selfManagement, [5, 4, 4, 4, 4, 4, 4]),
        ]
        var m: [NetworkPhase: [NETIndicator: Double]] = [:]
        for (phase, targets) in rows { m[phase] = Dictionary(uniqueKeysWithValues: zip(NETIndicator.allCases, targets)) }
        return NETTargets(m)
    }()

    public func target(_ phase: NetworkPhase, _ indicator: NETIndicator) -> Double? { values[phase]?[indicator] }

    /// This matrix with a network's own targets laid over it, cell by cell.
    public func overridden(by overrides: [NetworkPhase: [NETIndicator: Double]]) -> NETTargets {
        var out = self
        for (phase, row) in overrides { for (i, v) in row { out.values[phase, default: [:]][i] = v } }
        return out
    }

    /// Rescales the default matrix to another scale, keeping each target's place between lowest and highest.
    public static func standard(on scale: NETScale) -> NETTargets {
        guard scale != .standard else { return standard }
        var m: [NetworkPhase: [NETIndicator: Double]] = [:]
        for (phase, row) in standard.values {
            m[phase] = row.mapValues { v in (Double(scale.min) + (v - 1) / 4 * Double(scale.max - scale.min)).rounded() }
        }
        return NETTargets(m)
    }
}
