import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// A fragment of HTML. Interpolated strings are escaped; only literals and other `HTML` values are
/// inserted as they are, so user data can never become markup by accident.
public struct HTML: Sendable, ExpressibleByStringInterpolation, AsyncResponseEncodable {
    public var raw: String

    public init(raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { raw = value }
    public init(stringInterpolation: Interpolation) { raw = stringInterpolation.out }

    public struct Interpolation: StringInterpolationProtocol {
        var out = ""
        public init(literalCapacity: Int, interpolationCount: Int) { out.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { out += literal }
        public mutating func appendInterpolation(_ text: String) { out += HTML.escape(text) }
        public mutating func appendInterpolation(_ text: String?) { out += HTML.escape(text ?? "") }
        public mutating func appendInterpolation(_ number: Int) { out += String(number) }
        public mutating func appendInterpolation(_ html: HTML) { out += html.raw }
        public mutating func appendInterpolation(_ list: [HTML]) { for h in list { out += h.raw } }
        /// A phrase is said in the reader's language (the request's `Wording`), then escaped.
        public mutating func appendInterpolation(_ phrase: Phrase) { out += HTML.escape(Wording.current.say(phrase)) }
        public mutating func appendInterpolation(_ phrase: Phrase?) { if let phrase { appendInterpolation(phrase) } }
    }

    public static func escape(_ s: String) -> String {
        // Most text has nothing to escape: one scan of its bytes, and it is returned as it is.
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var r = ""
        r.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            case "'": r += "&#39;"
            default: r.unicodeScalars.append(c)
            }
        }
        return r
    }

    public static let empty = HTML(raw: "")

    public static func join(_ parts: [HTML], separator: HTML = .empty) -> HTML {
        HTML(raw: parts.map(\.raw).joined(separator: separator.raw))
    }

    public func encodeResponse(for request: Request) async throws -> Response {
        response(status: .ok)
    }

    public func response(status: HTTPResponseStatus) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: raw))
    }
}

extension HTML {
    /// Two pieces of markup, one after the other.
    static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.raw + b.raw) }
}
