import Foundation

/// A JSON body states its types: text as strings, numbers as numbers, yes or no as booleans, lists as
/// arrays, an empty value as null. Forms send everything as text and are read leniently; an API
/// client that sends `"5"` for a number or `""` for a date has made a mistake worth naming.
extension RecordSchema {
    /// The keys of `input` whose JSON value is not of the type their field takes.
    public func mistypedJSONKeys(_ input: [String: RawInput]) -> Set<String> {
        Set(input.compactMap { key, raw in
            guard raw != .null, let rule = field(key), !rule.kind.takesJSON(raw) else { return nil }
            return key
        })
    }
}

extension FieldKind {
    func takesJSON(_ raw: RawInput) -> Bool {
        switch (self, raw) {
        case (.text, .text), (.longText, .text), (.integer, .number), (.decimal, .number), (.boolean, .bool): true
        case (.email, .text(let s)), (.date, .text(let s)), (.choice, .text(let s)), (.countryCode, .text(let s)), (.reference, .text(let s)): !s.isEmpty
        case (.textList, .list(let items)): items.allSatisfy { if case .text = $0 { true } else { false } }
        // Each item one value, as the schema lists them (a form may put several in one text).
        case (.choices, .list(let items)): items.allSatisfy { if case .text(let s) = $0 { !s.isEmpty } else { false } }
        case (.countryCodes, .list(let items)): items.allSatisfy { if case .text(let s) = $0 { s.count == 2 } else { false } }
        case (.references, .list(let items)): items.allSatisfy { if case .text(let s) = $0 { UUID(uuidString: s) != nil } else { false } }
        case (.breakdown, .object(let dimensions)):
            dimensions.values.allSatisfy { d in
                if case .object(let categories) = d { categories.values.allSatisfy { if case .number = $0 { true } else { false } } } else { false }
            }
        default: false
        }
    }
}
