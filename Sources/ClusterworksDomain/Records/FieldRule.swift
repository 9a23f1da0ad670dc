import Foundation

/// One field of a record: its key (camelCase, as in the API), its label, its kind and whether it
/// must be filled. `readOnly` fields are computed by the domain and never accepted from a client.
public struct FieldRule: Sendable {
    public let key: String
    public let label: String
    public let kind: FieldKind
    public let required: Bool
    public let readOnly: Bool
    public let help: String?

    public init(_ key: String, _ label: String, _ kind: FieldKind, required: Bool = false,
                readOnly: Bool = false, help: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
        self.readOnly = readOnly
        self.help = help
    }

    /// Turns raw input into a value, or says in a sentence why it cannot.
    public func parse(_ raw: RawInput) -> Result<FieldValue?, FieldProblem> {
        if raw.isBlank {
            return required ? .failure(.init("is required")) : .success(nil)
        }
        return FieldParser(kind: kind).parse(raw).map { $0 }
    }
}

public struct FieldProblem: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
