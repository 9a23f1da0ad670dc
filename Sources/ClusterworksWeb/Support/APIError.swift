import ClusterworksDomain
import Vapor

/// The API's error body: `{"error":{"code","message","fields"}}`.
struct APIErrorBody: Content {
    struct Detail: Content {
        let code: String
        let message: String
        let fields: [String: [String]]?
    }
    let error: Detail
}

/// A validation failure that knows which fields were wrong; pages re-render their form with it,
/// the API answers 422 with the fields.
struct FieldErrors: AbortError {
    let errors: ValidationErrors
    var status: HTTPResponseStatus = .unprocessableEntity
    var reason: String { "Some fields are not valid: " + errors.summary }

    /// A value another record holds is a conflict (409) when it is the only problem; with others, the
    /// submission is simply not valid yet (422), every problem named.
    static func status(_ errors: ValidationErrors, duplicate: String?) -> HTTPResponseStatus {
        duplicate != nil && errors.fields.count == 1 ? .conflict : .unprocessableEntity
    }
}

/// Malformed JSON and wrong content types answer 400 naming what was wrong.
struct BadRequestBody: AbortError {
    let reason: String
    var status: HTTPResponseStatus { .badRequest }
}
