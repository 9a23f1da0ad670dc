import Foundation
import ClusterworksDomain
import ClusterworksPersistence
import FluentKit

/// Joining and leaving a network: the schema's rules, then the network's composition rules, then
/// the write with its history. Only those who may edit the network may change its members.
package enum Memberships {
    package static func find(_ id: UUID, of network: NetworkModel, on db: any Database) async throws -> MembershipModel {
        guard let m = try await MembershipModel.query(on: db).filter(\.$id == id)
            .filter(\.$network.$id == network.requireID()).with(\.$actor).first() else {
            throw Refusal.notFound(L("No membership with that id in this network."))
        }
        return m
    }

    package static func members(of network: NetworkModel, on db: any Database) async throws -> [MembershipModel] {
        try await MembershipModel.query(on: db).filter(\.$network.$id == network.requireID())
            .with(\.$actor).sort(\.$joinedOn).sort(\.$id).all()
    }

    package static func requireEdit(_ network: NetworkModel, by p: Principal, on db: any Database) async throws {
        guard try await RecordKinds.networks.canEdit(p, network, on: db) else {
            throw Refusal.forbidden(L("You may not change the members of this network."))
        }
    }

    private static func validate(_ input: [String: RawInput], existing: MembershipModel?, partial: Bool, network: NetworkModel,
                                 today: CalendarDate, on db: any Database) async throws -> RecordValues {
        let values = try await RecordValidation.values(MembershipSchema.schema, input, existing: partial ? existing?.values : nil, today: today, on: db)
        guard let actorId = values.uuid("actorId"), let actor = try await ActorModel.find(actorId, on: db),
              let joined = values["joinedOn"]?.date else { throw FieldErrors(errors: .init(field: "actorId", L("is required"))) }
        let others = try await members(of: network, on: db).compactMap(\.period)
        let candidate = MembershipPeriod(id: existing?.id, actorId: actorId, joinedOn: joined, leftOn: values["leftOn"]?.date)
        let role = values.text("role").flatMap(MembershipRole.init(rawValue:)) ?? .member
        let errors = MembershipRules.check(candidate, among: others, networkKind: network.networkKind,
                                           formedOn: network.formedOn.flatMap(CalendarDate.init),
                                           actorKind: actor.actorKind, actorSize: actor.size, role: role)
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return values
    }

    package static func join(_ input: [String: RawInput], network: NetworkModel, by acting: Acting, today: CalendarDate,
                             on db: any Database) async throws -> MembershipModel {
        try await requireEdit(network, by: acting.principal, on: db)
        let values = try await validate(input, existing: nil, partial: false, network: network, today: today, on: db)
        let networkId = try network.requireID()
        let record = try await RecordWriter.create(MembershipModel.self, values: values, by: acting.author, on: db,
                                                   configure: { $0.$network.id = networkId })
        try await record.$actor.load(on: db)
        return record
    }

    package static func change(_ m: MembershipModel, _ input: [String: RawInput], partial: Bool, network: NetworkModel,
                               by acting: Acting, today: CalendarDate, on db: any Database) async throws {
        try await requireEdit(network, by: acting.principal, on: db)
        let values = try await validate(input, existing: m, partial: partial, network: network, today: today, on: db)
        try await RecordWriter.update(m, values: values, by: acting.author, on: db)
        try await m.$actor.load(on: db)
    }

    package static func remove(_ m: MembershipModel, network: NetworkModel, by acting: Acting, on db: any Database) async throws {
        try await requireEdit(network, by: acting.principal, on: db)
        try await RecordWriter.delete(m, by: acting.author, on: db)
    }
}
