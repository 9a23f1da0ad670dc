import ClusterworksWorkflows
import Vapor

/// Which methods each path answers, so a known path asked with another method gets 405 with `Allow`
/// (as HTTP says) instead of the router's 404. Built once from the registered routes; looked up only
/// when a request was not found, so a linear walk is enough.
struct RouteMethods: Sendable {
    private let paths: [(path: [PathComponent], methods: Set<String>)]

    init(_ routes: Routes) {
        var byPath: [String: (path: [PathComponent], methods: Set<String>)] = [:]
        for route in routes.all where !route.path.contains(where: { if case .catchall = $0 { true } else { false } }) {
            let key = route.path.map(\.description).joined(separator: "/")
            byPath[key, default: (route.path, [])].methods.insert(route.method.rawValue)
            if route.method == .GET { byPath[key]?.methods.insert("HEAD") }
        }
        paths = Array(byPath.values)
    }

    /// The methods the request's path answers, or nil if no route has that path. As the router does,
    /// a fixed word wins over a parameter (`/users/me` is not `/users/{userId}`).
    func allowed(for request: Request) -> Set<String>? {
        let segments = request.url.path.split(separator: "/", omittingEmptySubsequences: true)
        let found = paths.filter { entry in
            entry.path.count == segments.count && zip(entry.path, segments).allSatisfy { component, segment in
                if case .constant(let c) = component { return c == segment }
                return true
            }
        }
        func constants(_ path: [PathComponent]) -> [Bool] { path.map { if case .constant = $0 { true } else { false } } }
        let best = found.max { a, b in constants(a.path).lexicographicallyPrecedes(constants(b.path)) { !$0 && $1 } }
        return best?.methods
    }
}

struct RouteMethodsKey: StorageKey {
    typealias Value = RouteMethods
}

extension Application {
    var routeMethods: RouteMethods? {
        get { storage[RouteMethodsKey.self] }
        set { storage[RouteMethodsKey.self] = newValue }
    }
}
