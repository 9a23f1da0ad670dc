import ClusterworksDomain
import Fluent
import Vapor

/// Turns every error into a clear answer: JSON for the API, a page for people. Constraint
/// violations become 409; nothing unexpected leaks its internals.
struct ErrorResponder: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, code, message, fields) = describe(error, request)
            if status == .internalServerError { request.logger.report(error: error) }
            if request.isAPI {
                let body = APIErrorBody(error: .init(code: code, message: message, fields: fields))
                let response = Response(status: status)
                try response.content.encode(body, as: .json)
                if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
                return response
            }
            return ErrorPage.render(status: status, message: message, request: request).response(status: status)
        }
    }

    private func describe(_ error: any Error, _ request: Request) -> (HTTPResponseStatus, String, String, [String: [String]]?) {
        switch error {
        case let e as FieldErrors:
            return (e.status, "validation_failed", "Some fields are not valid.", e.errors.fields)
        case let e as any DatabaseError where e.isConstraintFailure:
            return (.conflict, "conflict", "This change conflicts with other records (a duplicate, or a record still in use).", nil)
        case let e as DecodingError:
            return (.badRequest, "bad_request", "The request body could not be read: \(Self.describe(e))", nil)
        case let e as any AbortError:
            return (e.status, Self.code(e.status), e.reason, nil)
        default:
            return (.internalServerError, "internal_error", "Something went wrong on the server; it has been logged.", nil)
        }
    }

    static func code(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "validation_failed"
        case 429: "too_many_requests"
        default: "error"
        }
    }

    static func describe(_ e: DecodingError) -> String {
        switch e {
        case .dataCorrupted: "it is not valid JSON."
        case .keyNotFound(let key, _): "the field \(key.stringValue) is missing."
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            "the field \(ctx.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type."
        @unknown default: "it is not valid."
        }
    }
}
