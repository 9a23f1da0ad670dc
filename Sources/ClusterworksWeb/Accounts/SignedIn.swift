import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// The user behind a request, with what the rules need to know about them.
struct SignedIn: Sendable {
    let user: UserModel
    let principal: Principal
    /// Present for browser sessions; API requests with a token have none.
    let session: SessionModel?

    var author: Author { Author(userId: user.id, name: user.name) }
    var acting: Acting { Acting(principal: principal, author: author) }
    var csrfToken: String { session?.csrfToken ?? "" }
}

struct SignedInKey: StorageKey {
    typealias Value = SignedIn
}

extension Request {
    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The signed-in user; routes behind `RequireSignIn` always have one.
    func requireSignedIn() throws -> SignedIn {
        guard let s = signedIn else { throw Refused(.unauthorized, L("Sign in first.")) }
        return s
    }

    /// Today by the application's clock, for the workflows.
    var today: CalendarDate { application.settings.clock.today }

    var isAPI: Bool { url.path.hasPrefix("/api/") }

    /// The client's address, for throttling.
    var clientAddress: String {
        if application.settings.trustProxy, let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").first {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}

enum PrincipalLoader {
    static func load(_ user: UserModel, on db: any Database) async throws -> Principal {
        let assignments = try await AssignmentModel.query(on: db).filter(\.$user.$id == user.requireID()).all()
        return Principal(userId: try user.requireID(), role: user.userRole, assignments: Set(assignments.compactMap(\.scope)),
                         organisation: user.organisationId)
    }
}
