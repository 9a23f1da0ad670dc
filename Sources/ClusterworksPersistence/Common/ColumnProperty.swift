import FluentKit

/// A model property that keeps one value in one column, whatever its wrapper: the column tables
/// read and write them alike.
public protocol ColumnProperty: AnyObject {
    associatedtype Stored
    /// nil when the column holds nothing (or, for a required one, before it is set).
    var stored: Stored? { get set }
    var columnKey: FieldKey { get }
    /// An optional column is cleared when a write leaves its field out.
    static var isOptional: Bool { get }
    /// The column's value in a query's row, read without making a model (a list's page).
    static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> Stored?
}

extension ColumnProperty {
    /// nil for NULL; otherwise the value decoded as its own type, which both drivers convert
    /// directly (an `Optional` would go through their slower generic decoder).
    static func decoded<T: Decodable>(_ output: any DatabaseOutput, _ key: FieldKey, as type: T.Type) throws -> T? {
        try output.decodeNil(key) ? nil : output.decode(key, as: T.self)
    }
}

extension FieldProperty: ColumnProperty {
    public var stored: Value? { get { value } set { value = newValue } }
    public var columnKey: FieldKey { key }
    public static var isOptional: Bool { false }
    public static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> Value? { try decoded(output, key, as: Value.self) }
}

extension OptionalFieldProperty: ColumnProperty {
    public var stored: WrappedValue? { get { value ?? nil } set { value = .some(newValue) } }
    public var columnKey: FieldKey { key }
    public static var isOptional: Bool { true }
    public static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> WrappedValue? { try decoded(output, key, as: WrappedValue.self) }
}

extension ParentProperty: ColumnProperty {
    public var stored: To.IDValue? { get { $id.value } set { $id.value = newValue } }
    public var columnKey: FieldKey { $id.key }
    public static var isOptional: Bool { false }
    public static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> To.IDValue? { try decoded(output, key, as: To.IDValue.self) }
}

extension OptionalParentProperty: ColumnProperty {
    public var stored: To.IDValue? { get { id } set { id = newValue } }
    public var columnKey: FieldKey { $id.key }
    public static var isOptional: Bool { true }
    public static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> To.IDValue? { try decoded(output, key, as: To.IDValue.self) }
}

extension StoredChoiceProperty: ColumnProperty {
    public var stored: Value? { get { value } set { value = newValue } }
    public var columnKey: FieldKey { field.key }
    public static var isOptional: Bool { false }
    public static func read(_ output: any DatabaseOutput, _ key: FieldKey) throws -> Value? {
        try decoded(output, key, as: String.self).map { raw in try UnknownStoredChoice.read(raw, key.description) }
    }
}
