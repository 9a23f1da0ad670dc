import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// What a request may look like before any route reads it: a target of at most 8 KB (longer ones
/// are never links of this app: 414), and bodies sent as they are — compressed bodies are refused
/// (415) rather than inflated, so a small request cannot become a large one on the server.
struct RequestLimits: AsyncMiddleware {
    static let maximumTargetBytes = 8 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.url.string.utf8.count > Self.maximumTargetBytes {
            throw Refused(.uriTooLong, L("The address is longer than \(Self.maximumTargetBytes / 1024) KB; send long values in a request body."))
        }
        if let encoding = request.headers.first(name: .contentEncoding), encoding.lowercased() != "identity" {
            throw Refused(.unsupportedMediaType, L("Content-Encoding \(encoding) is not accepted: send the body uncompressed."))
        }
        return try await next.respond(to: request)
    }
}
