import ClusterworksDomain
import Fluent
import Vapor

/// A form as loaded: its controls filled (from the record, what was just sent, or a pre-fill), what
/// was wrong with what was sent, and the session's token it posts back.
struct FilledForm: Sendable {
    let controls: [RecordForm.Control]
    let errors: ValidationErrors
    let token: String

    /// Above the form: what is wrong. Pure.
    var notice: HTML { RecordFormPage.errorNotice(errors) }

    /// Inside the form: the token and the controls. Pure.
    var fields: HTML { Layout.csrfField(token: token) + RecordForm.render(controls, errors: errors) }

    static func load(_ schema: RecordSchema, values: RecordValues = [:], raw: [String: RawInput]?, prefill: [String: String] = [:],
                     owner: ScopeRef? = nil, hidden: Set<String> = [], errors: ValidationErrors, _ req: Request) async throws -> FilledForm {
        FilledForm(controls: try await RecordForm.load(schema, values: values, raw: raw, prefill: prefill, owner: owner, hidden: hidden, on: req.db),
                   errors: errors, token: try req.requireSignedIn().csrfToken)
    }
}
