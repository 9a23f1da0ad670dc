import FluentKit

extension Fields {
    /// A closed vocabulary (a kind, a status, a role) stored as its raw value in a text column.
    public typealias StoredChoice<Value> = StoredChoiceProperty<Self, Value>
        where Value: RawRepresentable & Codable & Sendable, Value.RawValue == String
}

/// A stored value no case has is an error when the row is read, naming the table's column —
/// never taken for a default (FluentKit's `@Enum` would stop the process on it instead).
public struct UnknownStoredChoice: Error, CustomStringConvertible {
    public let column: String
    public let value: String
    public var description: String { "The column \(column) holds \"\(value)\", which is none of its choices." }

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    /// A choice read by a query of its own (a count per status), with the same error as a model's column.
    public static func read<Value: RawRepresentable>(_ raw: String, _ column: String) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else { throw UnknownStoredChoice(column: column, value: raw) }
        return value
    }
}

@propertyWrapper
public final class StoredChoiceProperty<Model, Value>: @unchecked Sendable
    where Model: FluentKit.Fields, Value: RawRepresentable & Codable & Sendable, Value.RawValue == String
{
    public let field: FieldProperty<Model, String>

    public var projectedValue: StoredChoiceProperty<Model, Value> { self }

    public var wrappedValue: Value {
        get {
            guard let value else { fatalError("Cannot access the choice \(field.key) before it is set or read") }
            return value
        }
        set { value = newValue }
    }

    public init(key: FieldKey) { field = .init(key: key) }
}

extension StoredChoiceProperty: AnyProperty {}

extension StoredChoiceProperty: Property {
    public var value: Value? {
        get { field.value.flatMap(Value.init(rawValue:)) }
        set { field.value = newValue?.rawValue }
    }
}

extension StoredChoiceProperty: AnyQueryableProperty {
    public var path: [FieldKey] { field.path }
}

extension StoredChoiceProperty: QueryableProperty {
    public static func queryValue(_ value: Value) -> DatabaseQuery.Value { .bind(value.rawValue) }
}

extension StoredChoiceProperty: AnyQueryAddressableProperty {
    public var anyQueryableProperty: any AnyQueryableProperty { self }
    public var queryablePath: [FieldKey] { path }
}

extension StoredChoiceProperty: QueryAddressableProperty {
    public var queryableProperty: StoredChoiceProperty<Model, Value> { self }
}

extension StoredChoiceProperty: AnyDatabaseProperty {
    public var keys: [FieldKey] { field.keys }

    public func input(to input: any DatabaseInput) { field.input(to: input) }

    public func output(from output: any DatabaseOutput) throws {
        try field.output(from: output)
        if let raw = field.value, Value(rawValue: raw) == nil {
            throw UnknownStoredChoice(column: ((Model.self as? any Schema.Type).map { $0.schema + "." } ?? "") + field.key.description, value: raw)
        }
    }
}

extension StoredChoiceProperty: AnyCodableProperty {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    public func decode(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = try container.decode(Value.self)
    }
}
