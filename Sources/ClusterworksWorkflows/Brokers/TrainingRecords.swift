import ClusterworksDomain
import ClusterworksPersistence
import FluentKit
import Foundation

/// Courses, their cohorts and participants as kinds of record, kept by the programme's managers.
extension RecordKinds {
    package static let courses = RecordKind<CourseModel>(singular: L("course"), access: .programme(assigned: false))

    package static let cohorts = RecordKind<CohortModel>(singular: L("cohort"), access: .programme(assigned: false))

    package static let cohortParticipants: RecordKind<CohortParticipantModel> = {
        var kind = RecordKind<CohortParticipantModel>(singular: L("course participant"), access: .programme(assigned: false),
                                                      writeRules: { w in try await TrainingRules.participant(w) })
        kind.derived = { v, db in try await PersonNames.named(v, db) }
        return kind
    }()
}

/// What a participant's record must keep against the course and the programme.
package enum TrainingRules {
    package static func participant(_ w: RecordWrite<CohortParticipantModel>) async throws -> ValidationErrors {
        var errors = ValidationErrors()
        guard let cohortId = w.values.uuid("cohortId"), let cohort = try await CohortModel.find(cohortId, on: w.db),
              let course = try await CourseModel.find(cohort.courseId, on: w.db) else { return errors }
        let modules = course.modules.split(separator: "\n").map(String.init)
        errors.mergeNew(Certification.check(w.values, modules: modules, threshold: course.attendanceThreshold,
                                            cohortEnds: CalendarDate(cohort.endsOn) ?? w.today))
        if let person = w.values.uuid("personId"),
           try await CohortParticipantModel.query(on: w.db).filter(\.$cohortId == cohortId).filter(\.$personId == person)
               .filter(\.$id != (w.existing?.id ?? UUID())).count() > 0 {
            errors.mergeNew(.init(field: "personId", L("is already a participant of this cohort")))
        }
        errors.mergeNew(try await fieldwork(w.values, w.db))
        return errors
    }

    /// Fieldwork is done on the programme's own work: a cluster or network of one of its projects.
    static func fieldwork(_ v: RecordValues, _ db: any Database) async throws -> ValidationErrors {
        if let id = v.uuid("fieldClusterId"), let cluster = try await ClusterModel.find(id, on: db), cluster.$project.id == nil {
            return .init(field: "fieldClusterId", L("must be a cluster of one of the programme's projects; \(cluster.name) has no project"))
        }
        if let id = v.uuid("fieldNetworkId"), let network = try await NetworkModel.find(id, on: db) {
            var viaCluster: UUID?
            if let c = network.$cluster.id { viaCluster = try await ClusterModel.find(c, on: db)?.$project.id }
            if network.$project.id == nil && viaCluster == nil {
                return .init(field: "fieldNetworkId", L("must be a network of one of the programme's projects; \(network.name) has none"))
            }
        }
        return .init()
    }
}
