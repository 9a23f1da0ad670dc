import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Everyone the programme's courses trained, with where they work on a day: the succession table.
package struct ProgrammeSuccession: Sendable {
    package struct Person: Sendable {
        package let personId: UUID, name: String, country: String, year: Int, certified: Bool
        package let brokerId: UUID?
        package let employerNow: EmployerKind?
        /// The employer's name: the project's code, the institution's name or what was recorded.
        package let employerName: String?
    }

    package let people: [Person]
    package var succession: BrokerSuccession {
        BrokerSuccession(people.map { .init(person: $0.personId.uuidString, country: $0.country, year: $0.year, certified: $0.certified, employerNow: $0.employerNow) })
    }

    package static func load(on day: CalendarDate, _ db: any Database) async throws -> ProgrammeSuccession {
        let participants = try await CohortParticipantModel.query(on: db).all()
        let cohorts = Dictionary(uniqueKeysWithValues: try await CohortModel.query(on: db).all().compactMap { c in c.id.map { ($0, c) } })
        let brokers = try await BrokerModel.query(on: db).filter(\.$personId ~~ participants.map(\.personId)).all()
        let employments = Dictionary(grouping: try await BrokerEmploymentModel.query(on: db).filter(\.$brokerId ~~ brokers.compactMap(\.id)).all(), by: \.brokerId)
        let projects = try await ReferenceDirectory.titles(.project, employments.values.flatMap { $0.compactMap(\.projectId) }, on: db)
        let institutions = try await ReferenceDirectory.titles(.actor, employments.values.flatMap { $0.compactMap(\.institutionId) }, on: db)
        let people = participants.compactMap { p -> Person? in
            guard let cohort = cohorts[p.cohortId], let ends = CalendarDate(cohort.endsOn) else { return nil }
            let broker = brokers.first { $0.personId == p.personId }
            let now = broker.flatMap { b in employments[b.id!]?.last { $0.covers(day) } }
            let name = now.flatMap { e in e.projectId.flatMap { projects[$0] } ?? e.institutionId.flatMap { institutions[$0] } ?? e.employer }
            return Person(personId: p.personId, name: p.name, country: cohort.countryCode, year: ends.year,
                          certified: p.certification == CertificationStatus.certified.rawValue, brokerId: broker?.id,
                          employerNow: now.flatMap { EmployerKind(rawValue: $0.employerKind) }, employerName: name)
        }.sorted { ($0.country, $0.year, $0.name) < ($1.country, $1.year, $1.name) }
        return ProgrammeSuccession(people: people)
    }
}

extension BrokerEmploymentModel {
    /// Whether the employment runs on a day.
    package func covers(_ day: CalendarDate) -> Bool {
        guard let from = CalendarDate(fromOn), from <= day else { return false }
        return toOn.flatMap { CalendarDate($0) }.map { day <= $0 } ?? true
    }
}
