/// What a client sent for one field, before validation: a form gives text (or several texts for a
/// multiple choice), JSON gives any of these.
public indirect enum RawInput: Sendable, Equatable {
    case null
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([RawInput])
    /// A JSON object: no field takes one, but some requests carry structured parts (a review's progress).
    case object([String: RawInput])
    /// An object or anything else no field accepts.
    case unsupported

    var isBlank: Bool {
        switch self {
        case .null: true
        case .text(let s): s.allSatisfy(\.isWhitespace)
        case .list(let items): items.isEmpty
        default: false
        }
    }
}
