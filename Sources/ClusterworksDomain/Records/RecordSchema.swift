/// The fields of one kind of record and the rules that tie them together. Forms, the API, the
/// OpenAPI document and the history all read the same schema, so they cannot drift apart.
public struct RecordSchema: Sendable {
    public let type: RecordType
    public let fields: [FieldRule]
    /// Rules across fields (an end after its start), run once every field parsed.
    let crossRules: @Sendable (RecordValues, ValidationContext) -> ValidationErrors
    /// Values the domain derives from the others (a size class from employees).
    let derive: @Sendable (RecordValues) -> RecordValues

    public init(type: RecordType, fields: [FieldRule],
                crossRules: @escaping @Sendable (RecordValues, ValidationContext) -> ValidationErrors = { _, _ in .init() },
                derive: @escaping @Sendable (RecordValues) -> RecordValues = { _ in [:] }) {
        self.type = type
        self.fields = fields
        self.crossRules = crossRules
        self.derive = derive
    }

    public func field(_ key: String) -> FieldRule? { fields.first { $0.key == key } }

    public var writableFields: [FieldRule] { fields.filter { !$0.readOnly } }

    /// Validates a submission. With `existing`, fields not present in `input` keep their value
    /// (a partial update); without it every writable field is read (a create or a full form).
    /// Keys in `ignoredKeys` (ids, timestamps a client echoes back) are passed over; any other
    /// unknown key is an error, so a misspelt field is never silently dropped.
    public func validate(_ input: [String: RawInput], existing: RecordValues? = nil,
                         context: ValidationContext, ignoredKeys: Set<String> = []) -> Result<RecordValues, ValidationErrors> {
        var errors = ValidationErrors()
        var values = existing ?? [:]
        for key in input.keys where field(key) == nil && !ignoredKeys.contains(key) {
            errors.add(key, "is not a field of a \(type.rawValue)")
        }
        for rule in fields {
            if rule.readOnly {
                if input[rule.key] != nil, !ignoredKeys.contains(rule.key) { errors.add(rule.key, "is computed and cannot be set") }
                continue
            }
            let raw: RawInput
            if let given = input[rule.key] { raw = given } else if existing != nil { continue } else { raw = .null }
            switch rule.parse(raw) {
            case .success(let v): values[rule.key] = v
            case .failure(let p): errors.add(rule.key, p.message)
            }
        }
        if errors.isEmpty {
            for rule in fields where rule.required && values[rule.key] == nil { errors.add(rule.key, "is required") }
        }
        guard errors.isEmpty else { return .failure(errors) }
        let cross = crossRules(values, context)
        guard cross.isEmpty else { return .failure(cross) }
        for rule in fields where rule.readOnly { values[rule.key] = nil }
        values.merge(derive(values)) { _, derived in derived }
        return .success(values)
    }
}

/// What rules may need to know beyond the submission itself.
public struct ValidationContext: Sendable {
    public let today: CalendarDate
    public init(today: CalendarDate) { self.today = today }
}
