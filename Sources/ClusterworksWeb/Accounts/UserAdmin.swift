import ClusterworksDomain
import ClusterworksWorkflows
import ClusterworksPersistence
import Fluent
import Vapor

/// The user administration from a request, handed to `UserAccounts`.
enum UserAdmin {
    static let registry = Registry(
        kind: RecordKinds.users, folder: .adminUsers, plural: L("Users"),
        listColumns: ["email", "name", "role", "language", "active"])

    static func create(_ input: [String: RawInput], _ req: Request) async throws -> UserModel {
        let hasher = req.password
        return try await UserAccounts.create(input, by: try req.requireSignedIn().acting, today: req.today,
                                             hash: { try await hasher.async.hash($0) }, on: req.db)
    }

    static func update(_ user: UserModel, _ input: [String: RawInput], partial: Bool, _ req: Request) async throws {
        try await UserAccounts.update(user, input, partial: partial, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    static func find(_ req: Request) async throws -> UserModel {
        guard let id = req.parameters.get("userId").flatMap(UUID.init(uuidString:)), let user = try await UserModel.find(id, on: req.db) else {
            throw Refused(.notFound, L("No user with that id."))
        }
        return user
    }
}

/// Only admins pass.
struct RequireAdmin: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let s = request.signedIn, EditPolicy.canAdminister(s.principal) else {
            throw Refused(.forbidden, L("This is for administrators."))
        }
        return try await next.respond(to: request)
    }
}
