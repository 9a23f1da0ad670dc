import ClusterworksDomain
import ClusterworksWorkflows
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

/// Pages re-render their form with the fields; the API answers with them and the kind's status.
extension FieldErrors: AbortError {
    package var status: HTTPResponseStatus {
        switch kind {
        case .invalid: .unprocessableEntity
        case .conflict: .conflict
        case .malformed: .badRequest
        }
    }
    package var reason: String { "Some fields are not valid: " + errors.summary }
}

extension Refusal: AbortError {
    package var status: HTTPResponseStatus {
        switch self {
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .notAllowed: .methodNotAllowed
        }
    }
    package var reason: String { phrase.english }
}

/// Malformed JSON and wrong content types answer 400 naming what was wrong.
struct BadRequestBody: AbortError {
    let reason: String
    var status: HTTPResponseStatus { .badRequest }
}
