import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Fluent
import Vapor

/// Memberships from a request: the ids in the path, who acts and today, handed to `Memberships`.
struct MembershipService: Sendable {
    let networks = RegistryService(registry: Registries.networks)

    func network(_ req: Request) async throws -> NetworkModel {
        try await networks.find(req, parameter: "id")
    }

    func membership(_ req: Request, of network: NetworkModel) async throws -> MembershipModel {
        guard let raw = req.parameters.get("membershipId"), let id = UUID(uuidString: raw) else {
            throw Refused(.notFound, L("No membership with that id in this network."))
        }
        return try await Memberships.find(id, of: network, on: req.db)
    }

    func members(of network: NetworkModel, on db: any Database) async throws -> [MembershipModel] {
        try await Memberships.members(of: network, on: db)
    }

    func requireEdit(_ network: NetworkModel, _ req: Request) async throws {
        try await Memberships.requireEdit(network, by: try req.requireSignedIn().principal, on: req.db)
    }

    func create(_ input: [String: RawInput], in network: NetworkModel, _ req: Request) async throws -> MembershipModel {
        try await Memberships.join(input, network: network, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func update(_ m: MembershipModel, _ input: [String: RawInput], partial: Bool, in network: NetworkModel, _ req: Request) async throws {
        try await Memberships.change(m, input, partial: partial, network: network, by: try req.requireSignedIn().acting, today: req.today, on: req.db)
    }

    func delete(_ m: MembershipModel, in network: NetworkModel, _ req: Request) async throws {
        try await Memberships.remove(m, network: network, by: try req.requireSignedIn().acting, on: req.db)
    }
}
