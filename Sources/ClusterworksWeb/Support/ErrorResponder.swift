import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// Turns every error into a clear answer: JSON for the API, a page for people. Constraint
/// violations become 409; nothing unexpected leaks its internals.
struct ErrorResponder: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return try Wording.$current.withValue(request.wording) { try answer(error, request) }
        }
    }

    private func answer(_ error: any Error, _ request: Request) throws -> Response {
            if let trouble = DatabaseTrouble(error) { return try unavailable(trouble, error, request) }
            var (status, code, message, fields) = describe(error, request)
            if status == .notFound, let allowed = request.application.routeMethods?.allowed(for: request), !allowed.contains(request.method.rawValue) {
                if request.method == .OPTIONS {
                    return Response(status: .noContent, headers: ["Allow": allowed.sorted().joined(separator: ", ")])
                }
                (status, code, message, fields) = (.methodNotAllowed, Self.code(.methodNotAllowed), L("\(request.method.rawValue) is not answered here; use \(allowed.sorted().joined(separator: ", ")).").said, nil)
                let response = try respond(status, code, message, fields, error, request)
                response.headers.replaceOrAdd(name: .allow, value: allowed.sorted().joined(separator: ", "))
                return response
            }
            return try respond(status, code, message, fields, error, request)
    }

    private func respond(_ status: HTTPResponseStatus, _ code: String, _ message: String, _ fields: [String: [String]]?,
                         _ error: any Error, _ request: Request) throws -> Response {
        if status == .internalServerError { request.logger.report(error: error) }
        let response: Response
        if request.isAPI {
            response = Response(status: status)
            try response.content.encode(APIErrorBody(error: .init(code: code, message: message, fields: fields)), as: .json)
            if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        } else {
            response = ErrorPage.render(status: status, message: message, request: request).response(status: status)
        }
        Self.keepHeaders(of: error, on: response)
        return response
    }

    /// A busy or unreachable database: 503 with Retry-After, as JSON or as a page.
    private func unavailable(_ trouble: DatabaseTrouble, _ error: any Error, _ request: Request) throws -> Response {
        request.logger.warning("Database \(trouble): \(String(reflecting: error))")
        let message = (trouble == .busy
            ? L("The database is busy with other changes; nothing was saved. Try again in a moment.")
            : L("The database cannot be reached just now. Try again in a moment.")).said
        let response: Response
        if request.isAPI {
            response = Response(status: .serviceUnavailable)
            try response.content.encode(APIErrorBody(error: .init(code: trouble == .busy ? "busy" : "unavailable", message: message, fields: nil)), as: .json)
        } else {
            response = ErrorPage.render(status: .serviceUnavailable, message: message, request: request).response(status: .serviceUnavailable)
        }
        response.headers.replaceOrAdd(name: .retryAfter, value: String(trouble.retryAfter))
        return response
    }

    private func describe(_ error: any Error, _ request: Request) -> (HTTPResponseStatus, String, String, [String: [String]]?) {
        switch error {
        case let e as FieldErrors:
            let message = e.status == .badRequest ? L("Some parameters are not valid: \(e.errors.summary { $0.said }).") : L("Some fields are not valid.")
            return (e.status, Self.code(e.status), message.said, e.errors.fields.mapValues { $0.map(\.said) })
        case let e as any DatabaseError where e.isConstraintFailure:
            return (.conflict, "conflict", L("This change conflicts with other records (a duplicate, or a record still in use).").said, nil)
        case let e as DecodingError:
            return (.badRequest, "bad_request", L("The request body could not be read: \(Self.describe(e))").said, nil)
        case let e as Refused:
            return (e.status, Self.code(e.status), e.phrase.said, nil)
        case let e as Refusal:
            return (e.status, Self.code(e.status), e.phrase.said, nil)
        case let e as any AbortError:
            return (e.status, Self.code(e.status), e.reason, nil)
        default:
            return (.internalServerError, "internal_error", L("Something went wrong on the server; it has been logged.").said, nil)
        }
    }

    /// Headers an error carries for the client (Retry-After on 429, Allow on 405) survive the rewrite.
    static func keepHeaders(of error: any Error, on response: Response) {
        guard let abort = error as? any AbortError else { return }
        for (name, value) in abort.headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
            response.headers.replaceOrAdd(name: name, value: value)
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
        case 414: "uri_too_long"
        case 429: "too_many_requests"
        case 503: "unavailable"
        default: "error"
        }
    }

    static func describe(_ e: DecodingError) -> Phrase {
        switch e {
        case .dataCorrupted: L("it is not valid JSON.")
        case .keyNotFound(let key, _): L("the field \(key.stringValue) is missing.")
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            L("the field \(ctx.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type.")
        @unknown default: L("it is not valid.")
        }
    }
}
