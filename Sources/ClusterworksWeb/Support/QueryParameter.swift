import ClusterworksDomain
import ClusterworksWorkflows
import Foundation
import Vapor

/// A query parameter a route reads, declared once: the route parses with it and the OpenAPI document
/// describes it from it. A value outside what it accepts answers 400 naming the parameter — never a
/// silent default, never arithmetic on an unchecked number.
struct QueryParameter: Sendable {
    enum Kind: Sendable {
        case integer(ClosedRange<Int>)
        case text(maxLength: Int)
        case choice([String])
        case uuid
        case date
        /// Two letters, ISO 3166-1 alpha-2 (upper or lower case).
        case countryCode
        /// `1` (on) or `0` (off).
        case flag
        /// Text matching a regular expression, said in words for the 400 answer.
        case pattern(String, words: Phrase)
    }

    let name: String
    let kind: Kind
    let summary: String

    static func integer(_ name: String, _ range: ClosedRange<Int>, _ summary: String) -> Self { .init(name: name, kind: .integer(range), summary: summary) }
    static func text(_ name: String, max: Int, _ summary: String) -> Self { .init(name: name, kind: .text(maxLength: max), summary: summary) }
    static func choice(_ name: String, _ values: [String], _ summary: String) -> Self { .init(name: name, kind: .choice(values), summary: summary) }
    static func uuid(_ name: String, _ summary: String) -> Self { .init(name: name, kind: .uuid, summary: summary) }
    static func date(_ name: String, _ summary: String) -> Self { .init(name: name, kind: .date, summary: summary) }
    static func flag(_ name: String, _ summary: String) -> Self { .init(name: name, kind: .flag, summary: summary) }

    /// Paging of every list: the same bounds everywhere, so offsets (page − 1) × size cannot overflow.
    static let page = integer("page", 1...1_000_000, "Page number, from 1")
    static let perPage = integer("perPage", 1...200, "Records per page (at most 200)")
    static let direction = choice("dir", ["asc", "desc"], "Sort direction")

    /// What the parameter accepts, in words, for the 400 answer.
    var expectation: Phrase {
        switch kind {
        case .integer(let r): L("must be a whole number from \(String(r.lowerBound)) to \(String(r.upperBound))")
        case .text(let max): L("must be at most \(max) characters")
        case .choice(let values): L("must be one of: \(values.joined(separator: ", "))")
        case .uuid: L("must be the id of a record")
        case .date: L("must be a date written YYYY-MM-DD")
        case .countryCode: L("must be a two-letter country code")
        case .flag: L("must be 1 or 0")
        case .pattern(_, let words): L("must be \(words)")
        }
    }

    func refusal(_ detail: Phrase? = nil) -> FieldErrors {
        FieldErrors(errors: .init(field: name, detail ?? expectation), kind: .malformed)
    }
}

extension Route {
    static let queryKey = "queryParameters"

    /// The query parameters this route reads; the OpenAPI document must list the same (a test checks).
    @discardableResult
    func declaring(_ parameters: [QueryParameter]) -> Route {
        userInfo[Route.queryKey] = parameters.map(\.name)
        return self
    }

    var declaredQuery: [String] { userInfo[Route.queryKey] as? [String] ?? [] }
}

extension Request {
    /// The parameter's text, or nil when absent or empty. Given twice, or not decodable, it is refused.
    /// A route may read only the parameters it declares, so none goes undocumented.
    func query(_ p: QueryParameter) throws -> String? {
        guard let route, route.declaredQuery.contains(p.name) else {
            throw Refused(.internalServerError, L("The route reads the query parameter \(p.name) without declaring it."))
        }
        let values = QueryString.values(of: p.name, in: url.query)
        guard values.count <= 1 else { throw p.refusal(L("is given more than once")) }
        guard let raw = values.first else { return nil }
        guard let text = raw, !text.unicodeScalars.contains(where: { $0.value == 0 }) else { throw p.refusal(L("is not correctly encoded")) }
        // An empty search box is no search; any other parameter given empty is refused.
        if text.isEmpty { if case .text = p.kind { return nil } else { throw p.refusal() } }
        switch p.kind {
        case .text(let max): if text.count > max { throw p.refusal() }
        case .choice(let values): if !values.contains(text) { throw p.refusal() }
        case .uuid: if UUID(uuidString: text) == nil { throw p.refusal() }
        case .date: if CalendarDate(text) == nil { throw p.refusal() }
        case .flag: if text != "1" && text != "0" { throw p.refusal() }
        case .countryCode: if text.count != 2 || !text.allSatisfy({ $0.isASCII && $0.isLetter }) { throw p.refusal() }
        case .pattern(let pattern, _): if text.count > 100 || text.range(of: pattern, options: .regularExpression) == nil { throw p.refusal() }
        case .integer(let range):
            // Int() refuses what does not fit; the range check comes before any arithmetic.
            guard text.count <= 20, let n = Int(text), range.contains(n) else { throw p.refusal() }
        }
        return text
    }

    func queryInteger(_ p: QueryParameter) throws -> Int? { try query(p).flatMap { Int($0) } }

    func queryFlag(_ p: QueryParameter) throws -> Bool { try query(p) == "1" }

    func queryID(_ p: QueryParameter) throws -> UUID? { try query(p).flatMap(UUID.init(uuidString:)) }

    func queryChoice<E: RawRepresentable>(_ p: QueryParameter, as: E.Type) throws -> E? where E.RawValue == String {
        try query(p).flatMap(E.init(rawValue:))
    }
}

/// Reads `a=1&b=2` as a form does (`+` is a space, `%xx` an escape), keeping every occurrence of a key
/// so that a repeated parameter is noticed rather than silently chosen.
enum QueryString {
    /// Each value given for the key; nil for a value that is not valid percent-encoding.
    static func values(of key: String, in query: String?) -> [String?] {
        guard let query, !query.isEmpty else { return [] }
        var found: [String?] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard decode(parts[0]) == key else { continue }
            found.append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return found
    }

    static func decode(_ s: Substring) -> String? {
        s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
