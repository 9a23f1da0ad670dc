/// Everything wrong with an upload at once, in file order, so a user can fix the file in one go
/// rather than one line per attempt. Reading stops after `limit` problems.
public struct StatisticsProblems: Error, Sendable, CustomStringConvertible {
    public static let limit = 100
    public enum File: String, Sendable { case statistics, definitions, regions }
    public let problems: [CSVTable.Problem]
    /// The file the problems are in.
    public let file: File
    /// True when reading stopped at the limit and later lines were not looked at.
    public let truncated: Bool

    public init(_ problems: [CSVTable.Problem], file: File = .statistics, truncated: Bool = false) {
        self.problems = problems; self.file = file; self.truncated = truncated
    }

    public var description: String {
        problems.map { "\(file.rawValue): \($0)" }.joined(separator: "\n") + (truncated ? "\n(stopped after \(Self.limit) problems)" : "")
    }
}
