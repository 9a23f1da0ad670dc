import Vapor

extension SitePath {
    /// The route pattern: words stay, `.key` slots become parameters, ids stay as words.
    var components: [PathComponent] {
        segments.map { segment in
            switch segment {
            case .word(let w): .constant(w)
            case .slot(let name, .key): .parameter(name)
            case .slot(_, .id(let id)): .constant(id.lowercasedText)
            }
        }
    }
}

extension RoutesBuilder {
    /// Registers a page at its typed path.
    @discardableResult
    func get<R: AsyncResponseEncodable>(_ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> R) -> Route {
        on(.GET, path.components, use: closure)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(_ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> R) -> Route {
        on(.POST, path.components, use: closure)
    }

    @discardableResult
    func on<R: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: SitePath, body: HTTPBodyStreamStrategy,
                                       use closure: @escaping @Sendable (Request) async throws -> R) -> Route {
        on(method, path.components, body: body, use: closure)
    }
}

extension Request {
    /// Sends the reader on to a page of the site.
    func redirect(to path: SitePath) -> Response { redirect(to: path.href) }
}

extension HTML.Interpolation {
    /// A link's address, escaped like any other attribute value.
    mutating func appendInterpolation(_ path: SitePath) { appendInterpolation(path.href) }
}
