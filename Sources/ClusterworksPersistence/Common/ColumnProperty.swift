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
}

extension FieldProperty: ColumnProperty {
    public var stored: Value? { get { value } set { value = newValue } }
    public var columnKey: FieldKey { key }
    public static var isOptional: Bool { false }
}

extension OptionalFieldProperty: ColumnProperty {
    public var stored: WrappedValue? { get { value ?? nil } set { value = .some(newValue) } }
    public var columnKey: FieldKey { key }
    public static var isOptional: Bool { true }
}

extension ParentProperty: ColumnProperty {
    public var stored: To.IDValue? { get { $id.value } set { $id.value = newValue } }
    public var columnKey: FieldKey { $id.key }
    public static var isOptional: Bool { false }
}

extension OptionalParentProperty: ColumnProperty {
    public var stored: To.IDValue? { get { id } set { id = newValue } }
    public var columnKey: FieldKey { $id.key }
    public static var isOptional: Bool { true }
}

extension StoredChoiceProperty: ColumnProperty {
    public var stored: Value? { get { value } set { value = newValue } }
    public var columnKey: FieldKey { field.key }
    public static var isOptional: Bool { false }
}
