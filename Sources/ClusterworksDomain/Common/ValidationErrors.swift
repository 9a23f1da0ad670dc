/// Every problem found in one submission, keyed by the field it belongs to, so that a form or an
/// API client can be told all of them at once. Messages are phrases: each reader gets them in its language.
public struct ValidationErrors: Error, Equatable, Sendable {
    public private(set) var fields: [String: [Phrase]] = [:]

    public init() {}

    public init(field: String, _ message: Phrase) {
        add(field, message)
    }

    public var isEmpty: Bool { fields.isEmpty }

    public mutating func add(_ field: String, _ message: Phrase) {
        fields[field, default: []].append(message)
    }

    /// Adds the other's problems for fields that have none yet: a later check does not blame a field
    /// an earlier one already refused.
    public mutating func mergeNew(_ other: ValidationErrors) {
        for (key, messages) in other.fields.sorted(by: { $0.key < $1.key }) where fields[key] == nil {
            for m in messages { add(key, m) }
        }
    }

    public mutating func merge(_ other: ValidationErrors) {
        for (field, messages) in other.fields { fields[field, default: []] += messages }
    }

    public func phrases(for field: String) -> [Phrase] { fields[field] ?? [] }

    /// The messages in English, as logs and tests read them.
    public func messages(for field: String) -> [String] { phrases(for: field).map(\.english) }

    /// A one-line summary for logs and the API's `message`.
    public var summary: String { summary(saying: \.english) }

    /// The same summary with each message said by `say` (in the reader's language).
    public func summary(saying say: (Phrase) -> String) -> String {
        fields.keys.sorted().map { "\($0): \(fields[$0]!.map(say).joined(separator: "; "))" }.joined(separator: " · ")
    }
}
