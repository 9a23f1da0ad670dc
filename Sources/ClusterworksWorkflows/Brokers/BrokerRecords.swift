import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Brokers, their employers and their assignments as kinds of record: the programme's managers keep them.
extension RecordKinds {
    package static let brokers: RecordKind<BrokerModel> = {
        var kind = RecordKind<BrokerModel>(singular: L("broker"), access: .programme(assigned: false))
        kind.derived = { v, db in try await PersonNames.named(v, db) }
        return kind
    }()

    package static let brokerEmployments = RecordKind<BrokerEmploymentModel>(
        singular: L("employment"), access: .programme(assigned: false), writeRules: { w in try await BrokerRules.employment(w) })

    package static let brokerAssignments = RecordKind<BrokerAssignmentModel>(
        singular: L("broker assignment"), access: .programme(assigned: false), writeRules: { w in try await BrokerRules.assignment(w) })
}

/// A record about a person (a broker, a participant) carries the person's name for lists and choices.
package enum PersonNames {
    package static func named(_ v: RecordValues, _ db: any Database) async throws -> RecordValues {
        guard let id = v.uuid("personId"), let person = try await PersonModel.find(id, on: db) else { return v }
        var out = v
        out["name"] = .text(person.name)
        return out
    }
}
