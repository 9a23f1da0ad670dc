/// What a client sent for one field, before validation: a form gives text (or several texts for a
/// multiple choice), JSON gives any of these.
public indirect enum RawInput: Sendable, Equatable {
    case null
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([RawInput])
    /// A JSON object: a breakdown, or a request's structured parts (a review's progress).
    case object([String: RawInput])
    /// An object or anything else no field accepts.
    case unsupported

    var isBlank: Bool {
        switch self {
        case .null: true
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        // A form's breakdown whose boxes are all empty.
        case .object(let fields): fields.values.allSatisfy(\.isBlank)
        default: false
        }
    }
}
