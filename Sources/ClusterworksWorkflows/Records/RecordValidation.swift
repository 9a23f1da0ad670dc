import ClusterworksDomain
import FluentKit

/// Validation of one submission against a schema and the records it points to: the one path every
/// form, API call, CLI command and the demo loader goes through.
package enum RecordValidation {
    /// Read-only keys a client may echo back from a read; they are passed over, never written.
    package static let echoedKeys: Set<String> = ["id", "createdAt", "updatedAt"]

    /// Every problem, or the values to write.
    package static func check(_ schema: RecordSchema, _ input: [String: RawInput], existing: RecordValues? = nil,
                              today: CalendarDate, on db: any Database) async throws -> Result<RecordValues, ValidationErrors> {
        let (values, errors) = try await read(schema, input, existing: existing, today: today, on: db)
        return errors.isEmpty ? .success(values) : .failure(errors)
    }

    /// The values that read and every problem at once: the schema's, then references to records that
    /// do not exist (among the references that read).
    package static func read(_ schema: RecordSchema, _ input: [String: RawInput], existing: RecordValues? = nil,
                             today: CalendarDate, on db: any Database) async throws -> (values: RecordValues, errors: ValidationErrors) {
        var (values, errors) = schema.read(input, existing: existing, context: ValidationContext(today: today), ignoredKeys: echoedKeys)
        errors.mergeNew(try await ReferenceDirectory.check(values, schema: schema, on: db))
        if !errors.isEmpty { values = values.filter { errors.fields[$0.key] == nil } }
        return (values, errors)
    }

    /// The values to write, or the `FieldErrors` naming every problem.
    package static func values(_ schema: RecordSchema, _ input: [String: RawInput], existing: RecordValues? = nil,
                               today: CalendarDate, on db: any Database) async throws -> RecordValues {
        switch try await check(schema, input, existing: existing, today: today, on: db) {
        case .success(let v): return v
        case .failure(let e): throw FieldErrors(errors: e)
        }
    }
}
