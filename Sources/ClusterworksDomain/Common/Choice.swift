/// A closed vocabulary of the domain (roles, statuses, kinds) seen as stored value plus label.
public protocol Choice: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    var label: Phrase { get }
}

public struct ChoiceOption: Hashable, Sendable {
    public let value: String
    public let label: Phrase
    public init(value: String, label: Phrase) { self.value = value; self.label = label }
}

extension Choice {
    public static var options: [ChoiceOption] { allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) } }
}
