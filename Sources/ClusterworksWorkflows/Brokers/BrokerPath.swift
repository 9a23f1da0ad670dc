import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// A broker's path as the programme follows it: trained when, certified when, employed by whom,
/// assigned where, and what they cost the project year by year.
package struct BrokerPath: @unchecked Sendable {
    package struct Training: Sendable {
        package let cohort: String, course: String, startsOn: String, endsOn: String
        package let assessment: AssessmentResult?, certification: CertificationStatus?, certifiedOn: String?
    }

    package let broker: BrokerModel
    package let trainings: [Training]
    package let employments: [BrokerEmploymentModel]
    package let assignments: [BrokerAssignmentModel]
    package let cost: BrokerCost

    package static func load(_ broker: BrokerModel, today: CalendarDate, on db: any Database) async throws -> BrokerPath {
        let id = try broker.requireID()
        let participations = try await CohortParticipantModel.query(on: db).filter(\.$personId == broker.personId).all()
        let cohorts = try await CohortModel.query(on: db).filter(\.$id ~~ participations.map(\.cohortId)).all()
        let courses = try await CourseModel.query(on: db).filter(\.$id ~~ cohorts.map(\.courseId)).all()
        let trainings = participations.compactMap { p -> Training? in
            guard let cohort = cohorts.first(where: { $0.id == p.cohortId }) else { return nil }
            return Training(cohort: cohort.name, course: courses.first { $0.id == cohort.courseId }?.titleText ?? "", startsOn: cohort.startsOn, endsOn: cohort.endsOn,
                            assessment: AssessmentResult(rawValue: p.assessment), certification: CertificationStatus(rawValue: p.certification), certifiedOn: p.certifiedOn)
        }.sorted { $0.startsOn < $1.startsOn }
        let employments = try await BrokerEmploymentModel.query(on: db).filter(\.$brokerId == id).sort(\.$fromOn).all()
        let assignments = try await BrokerAssignmentModel.query(on: db).filter(\.$brokerId == id).sort(\.$fromOn).all()
        return BrokerPath(broker: broker, trainings: trainings, employments: employments, assignments: assignments,
                          cost: try await cost(employments, assignments, today: today, on: db))
    }

    /// Each cluster's broker cost schedule shares the time given to it; see `BrokerCost`.
    static func cost(_ employments: [BrokerEmploymentModel], _ assignments: [BrokerAssignmentModel], today: CalendarDate, on db: any Database) async throws -> BrokerCost {
        let clusters = assignments.compactMap(\.clusterId)
        let steps = clusters.isEmpty ? [] : try await BrokerCostStepModel.query(on: db).filter(\.$clusterId ~~ clusters).all()
        let schedules = Dictionary(grouping: steps, by: \.clusterId).mapValues { BrokerCostSchedule($0.compactMap(\.step)) }
        return BrokerCost(
            employments: employments.compactMap { e in
                CalendarDate(e.fromOn).map { .init(from: $0, to: e.toOn.flatMap { CalendarDate($0) }, byProject: e.employerKind == EmployerKind.project.rawValue,
                                                  monthlyCost: e.monthlyCost ?? 0) }
            },
            assignments: assignments.compactMap { a in a.span.map { .init(span: $0, schedule: a.clusterId.flatMap { schedules[$0] }) } },
            until: today)
    }
}
