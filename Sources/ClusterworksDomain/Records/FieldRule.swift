import Foundation

/// One field of a record: its key (camelCase, as in the API), its label, its kind and whether it
/// must be filled. `readOnly` fields are computed by the domain and never accepted from a client.
public struct FieldRule: Sendable {
    public let key: String
    public let label: Phrase
    public let kind: FieldKind
    public let required: Bool
    public let readOnly: Bool
    public let help: Phrase?

    public init(_ key: String, _ label: Phrase, _ kind: FieldKind, required: Bool = false,
                readOnly: Bool = false, help: Phrase? = nil) {
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
            return required ? .failure(.init(L("is required"))) : .success(nil)
        }
        // The API documents a required list's items as not blank; a form's blank lines are passed over.
        if required, case .textList = kind, case .list(let given) = raw, given.contains(where: \.isBlank) {
            return .failure(.init(L("items must not be blank")))
        }
        let parsed = FieldParser(kind: kind).parse(raw)
        // A required list given only blank items (`[""]`) holds nothing: it is missing, not empty.
        if required, case .success(.list(let items)) = parsed, items.isEmpty { return .failure(.init(L("is required: give at least one item that is not blank"))) }
        return parsed.map { $0 }
    }
}

public struct FieldProblem: Error, Sendable, Equatable {
    public let message: Phrase
    public init(_ message: Phrase) { self.message = message }
}
