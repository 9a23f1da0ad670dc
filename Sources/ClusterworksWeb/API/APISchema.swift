import ClusterworksDomain
import OpenAPIKit

/// JSON Schemas of the API's bodies, built from the record schemas the API validates with. A field's
/// `required` decides both whether the object requires it and whether it may be null (null clears it
/// in a change; an empty value is written as null), and `readOnly` comes from the field — one flag
/// each, so the document cannot say otherwise than the validator.
enum APISchema {
    static func component(_ name: String) -> JSONSchema { .reference(.component(named: name)) }

    static let uuid = JSONSchema.string(format: .uuid)

    /// A record as the API reads and writes it: its id and timestamps (read-only), its fields and
    /// any `extra` properties the route adds. Unknown keys are refused, so the schema says so.
    static func record(_ s: RecordSchema, extra: OrderedDictionary<String, JSONSchema> = [:]) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = ["id": .string(format: .uuid, required: false, permissions: .readOnly)]
        for field in s.fields { properties[field.key] = property(field) }
        properties["createdAt"] = .string(format: .dateTime, required: false, permissions: .readOnly)
        properties["updatedAt"] = .string(format: .dateTime, required: false, permissions: .readOnly)
        for (key, value) in extra { properties[key] = value }
        return .object(properties: properties, additionalProperties: .a(false))
    }

    /// A change sends only the fields it changes: the same object with nothing required.
    static func change(_ schema: JSONSchema) -> JSONSchema {
        guard case .object(let core, let object) = schema.value else { return schema }
        return .object(core, .init(properties: object.properties.mapValues { $0.optionalSchemaObject() },
                                   additionalProperties: object.additionalProperties))
    }

    /// A field as JSON Schema.
    static func property(_ f: FieldRule) -> JSONSchema {
        let nullable = !f.required
        let permissions: JSONSchema.Permissions? = f.readOnly ? .readOnly : nil
        let description = f.label.english + (f.help.map { ". " + $0.english } ?? "")
        func string(_ format: JSONTypeFormat.StringFormat = .unspecified, maxLength: Int? = nil, pattern: String? = nil,
                    allowed: [String]? = nil) -> JSONSchema {
            .string(format: format, required: f.required, nullable: nullable, permissions: permissions,
                    description: description, maxLength: maxLength, pattern: pattern, allowedValues: allowed.map { values(values: $0, nullable: nullable) })
        }
        func list(_ items: JSONSchema, maxItems: Int? = nil) -> JSONSchema {
            .array(required: f.required, nullable: nullable, permissions: permissions, description: description,
                   minItems: f.required ? 1 : nil, maxItems: maxItems, items: items)
        }
        switch f.kind {
        case .text(let max): return string(maxLength: max, pattern: TextPattern.line(required: f.required))
        case .longText(let max): return string(maxLength: max, pattern: TextPattern.paragraphs(required: f.required))
        case .email: return string(maxLength: 254, pattern: TextPattern.email)
        case .integer(let r):
            return .integer(required: f.required, nullable: nullable, permissions: permissions, description: description,
                            maximum: (r.upperBound, exclusive: false), minimum: (r.lowerBound, exclusive: false))
        case .decimal(let r):
            return .number(required: f.required, nullable: nullable, permissions: permissions, description: description,
                           maximum: (r.upperBound, exclusive: false), minimum: (r.lowerBound, exclusive: false))
        case .date: return string(.date, pattern: TextPattern.date)
        case .boolean: return .boolean(required: f.required, nullable: nullable, permissions: permissions, description: description)
        case .choice(let options): return string(allowed: options.map(\.value))
        case .choices(let options): return list(.string(allowedValues: options.map { AnyCodable($0.value) }))
        case .textList(let n, let max): return list(.string(maxLength: max, pattern: TextPattern.item(required: f.required)), maxItems: n)
        case .countryCode: return string(pattern: "^[A-Z]{2}$")
        case .countryCodes: return list(.string(pattern: "^[A-Z]{2}$"))
        case .reference: return string(.uuid)
        case .references: return list(uuid)
        case .breakdown:
            let values = JSONSchema.object(additionalProperties: .b(.number(maximum: (1e13, exclusive: false), minimum: (-1e13, exclusive: false))))
            return .object(required: f.required, nullable: nullable, permissions: permissions, description: description + #" e.g. {"sex": {"female": 60, "male": 50}}"#,
                           additionalProperties: .b(values))
        }
    }

    /// A closed list of values; null among them when the field may be empty.
    static func values(values: [String], nullable: Bool) -> [AnyCodable] {
        values.map { AnyCodable($0) } + (nullable ? [AnyCodable(String?.none)] : [])
    }

    /// A query parameter's value as its route reads it.
    static func query(_ p: QueryParameter) -> JSONSchema {
        switch p.kind {
        case .integer(let r): .integer(maximum: (r.upperBound, exclusive: false), minimum: (r.lowerBound, exclusive: false))
        case .text(let max): .string(maxLength: max, pattern: #"^[^\u0000]*$"#)
        case .choice(let values): .string(allowedValues: values.map { AnyCodable($0) })
        case .uuid: uuid
        case .date: .string(format: .date)
        case .countryCode: .string(pattern: "^[A-Za-z]{2}$")
        case .flag: .string(allowedValues: [AnyCodable("0"), AnyCodable("1")])
        case .pattern(let pattern, _): .string(maxLength: 100, pattern: pattern)
        }
    }

}
