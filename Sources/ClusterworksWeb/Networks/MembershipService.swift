import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// Joining and leaving a network: the schema's rules, then the network's composition rules, then
/// the write with its history. Only those who may edit the network may change its members.
struct MembershipService: Sendable {
    let networks = RegistryService(registry: Registries.networks)

    func network(_ req: Request) async throws -> NetworkModel {
        try await networks.find(req, parameter: "id")
    }

    func membership(_ req: Request, of network: NetworkModel) async throws -> MembershipModel {
        guard let raw = req.parameters.get("membershipId"), let id = UUID(uuidString: raw),
              let m = try await MembershipModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$network.$id == network.requireID()).with(\.$actor).first() else {
            throw Abort(.notFound, reason: "No membership with that id in this network.")
        }
        return m
    }

    func members(of network: NetworkModel, on db: any Database) async throws -> [MembershipModel] {
        try await MembershipModel.query(on: db).filter(\.$network.$id == network.requireID())
            .with(\.$actor).sort(\.$joinedOn).sort(\.$id).all()
    }

    func requireEdit(_ network: NetworkModel, _ req: Request) async throws {
        guard try await Registries.networks.canEdit(try req.requireSignedIn(), network, on: req.db) else {
            throw Abort(.forbidden, reason: "You may not change the members of this network.")
        }
    }

    private func validate(_ input: [String: RawInput], existing: MembershipModel?, partial: Bool, network: NetworkModel,
                          _ req: Request) async throws -> RecordValues {
        let values = try await RecordValidation.values(MembershipSchema.schema, input, existing: partial ? existing?.values : nil, on: req.db)
        guard let actorId = values.uuid("actorId"), let actor = try await ActorModel.find(actorId, on: req.db),
              let joined = values["joinedOn"]?.date else { throw FieldErrors(errors: .init(field: "actorId", "is required")) }
        let others = try await members(of: network, on: req.db).compactMap(\.period)
        let candidate = MembershipPeriod(id: existing?.id, actorId: actorId, joinedOn: joined, leftOn: values["leftOn"]?.date)
        let role = values.text("role").flatMap(MembershipRole.init(rawValue:)) ?? .member
        let errors = MembershipRules.check(candidate, among: others, networkKind: network.networkKind,
                                           formedOn: network.formedOn.flatMap(CalendarDate.init),
                                           actorKind: actor.actorKind, actorSize: actor.size, role: role)
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return values
    }

    func create(_ input: [String: RawInput], in network: NetworkModel, _ req: Request) async throws -> MembershipModel {
        try await requireEdit(network, req)
        let values = try await validate(input, existing: nil, partial: false, network: network, req)
        let networkId = try network.requireID()
        let record = try await RecordWriter.create(MembershipModel.self, values: values, by: try req.requireSignedIn().author,
                                                   on: req.db, configure: { $0.$network.id = networkId })
        try await record.$actor.load(on: req.db)
        return record
    }

    func update(_ m: MembershipModel, _ input: [String: RawInput], partial: Bool, in network: NetworkModel, _ req: Request) async throws {
        try await requireEdit(network, req)
        let values = try await validate(input, existing: m, partial: partial, network: network, req)
        try await RecordWriter.update(m, values: values, by: try req.requireSignedIn().author, on: req.db)
        try await m.$actor.load(on: req.db)
    }

    func delete(_ m: MembershipModel, in network: NetworkModel, _ req: Request) async throws {
        try await requireEdit(network, req)
        try await RecordWriter.delete(m, by: try req.requireSignedIn().author, on: req.db)
    }
}
