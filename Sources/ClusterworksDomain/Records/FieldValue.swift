import Foundation

/// A validated value of one field of a record.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case date(CalendarDate)
    case boolean(Bool)
    case list([String])
    case reference(UUID)

    public var text: String? { if case .text(let v) = self { v } else { nil } }
    public var integer: Int? { if case .integer(let v) = self { v } else { nil } }
    public var decimal: Double? {
        switch self {
        case .decimal(let v): v
        case .integer(let v): Double(v)
        default: nil
        }
    }
    public var date: CalendarDate? { if case .date(let v) = self { v } else { nil } }
    public var boolean: Bool? { if case .boolean(let v) = self { v } else { nil } }
    public var list: [String]? { if case .list(let v) = self { v } else { nil } }
    public var reference: UUID? { if case .reference(let v) = self { v } else { nil } }

    /// The value as a person reads it in a table, a form or the history.
    public var display: String {
        switch self {
        case .text(let v): v
        case .integer(let v): String(v)
        case .decimal(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
        case .date(let v): v.description
        case .boolean(let v): v ? "yes" : "no"
        case .list(let v): v.joined(separator: ", ")
        case .reference(let v): v.uuidString.lowercased()
        }
    }
}

/// The values of one record, by field key; a missing key is an empty field.
public typealias RecordValues = [String: FieldValue]
