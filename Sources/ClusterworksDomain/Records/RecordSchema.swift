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
        let (values, errors) = read(input, existing: existing, context: context, ignoredKeys: ignoredKeys)
        return errors.isEmpty ? .success(values) : .failure(errors)
    }

    /// Every problem of a submission at once — unknown keys, each field, missing required fields and
    /// the rules across fields (on the fields that did read) — with the values that did read, so rules
    /// beyond the schema can add theirs in the same answer.
    public func read(_ input: [String: RawInput], existing: RecordValues? = nil,
                     context: ValidationContext, ignoredKeys: Set<String> = []) -> (values: RecordValues, errors: ValidationErrors) {
        var errors = ValidationErrors()
        var values = existing ?? [:]
        for key in input.keys.sorted() where field(key) == nil && !ignoredKeys.contains(key) {
            errors.add(key, L("is not a field of a \(type.rawValue)"))
        }
        var unreadable: Set<String> = []
        for rule in fields {
            if rule.readOnly {
                if input[rule.key] != nil, !ignoredKeys.contains(rule.key) { errors.add(rule.key, L("is computed and cannot be set")) }
                continue
            }
            let raw: RawInput
            if let given = input[rule.key] { raw = given } else if existing != nil { continue } else { raw = .null }
            switch rule.parse(raw) {
            case .success(let v): values[rule.key] = v
            case .failure(let p): errors.add(rule.key, p.message); unreadable.insert(rule.key); values[rule.key] = nil
            }
        }
        for rule in fields where rule.required && values[rule.key] == nil && !unreadable.contains(rule.key) { errors.add(rule.key, L("is required")) }
        // A rule across fields speaks only of fields that read; one already refused is not blamed twice.
        errors.mergeNew(crossRules(values, context))
        for rule in fields where rule.readOnly { values[rule.key] = nil }
        if errors.isEmpty { values.merge(derive(values)) { _, derived in derived } }
        return (values, errors)
    }
}

/// What rules may need to know beyond the submission itself.
public struct ValidationContext: Sendable {
    public let today: CalendarDate
    public init(today: CalendarDate) { self.today = today }
}
