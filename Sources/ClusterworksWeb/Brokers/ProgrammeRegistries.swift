import ClusterworksDomain
import ClusterworksPersistence
import ClusterworksWorkflows
import Vapor

/// The programme's own registries: brokers with their employers and assignments, courses with
/// their cohorts and participants, cooperation between clusters, joint learning programmes.
enum ProgrammeRegistries {
    static let brokers = Registry(
        kind: RecordKinds.brokers, folder: .brokers, plural: L("Brokers"), listColumns: ["name", "kind", "status", "country"],
        related: { broker, req in try await BrokerPage.path(broker, req) })
    static let brokerEmployments = Registry(
        kind: RecordKinds.brokerEmployments, folder: .brokerEmployments, plural: L("Employments of brokers"),
        listColumns: ["fromOn", "brokerId", "employerKind", "toOn", "monthlyCost"])
    static let brokerAssignments = Registry(
        kind: RecordKinds.brokerAssignments, folder: .brokerAssignments, plural: L("Assignments of brokers"),
        listColumns: ["fromOn", "brokerId", "clusterId", "networkId", "toOn", "timeShare"])

    static let courses = Registry(
        kind: RecordKinds.courses, folder: .courses, plural: L("Broker courses"), listColumns: ["title", "kind", "brokerKind", "hours"],
        related: { course, req in
            try await ChildRecords.section(L("Cohorts"), of: cohorts, where: \.$courseId, is: try course.requireID(), parentKey: "courseId",
                                           columns: ["name", "startsOn", "endsOn", "country"], req)
        })
    static let cohorts = Registry(
        kind: RecordKinds.cohorts, folder: .cohorts, plural: L("Cohorts"), listColumns: ["name", "courseId", "startsOn", "endsOn", "country"],
        related: { cohort, req in
            try await ChildRecords.section(L("Participants"), of: cohortParticipants, where: \.$cohortId, is: try cohort.requireID(), parentKey: "cohortId",
                                           columns: ["name", "fieldClusterId", "fieldNetworkId", "assessment", "certification", "certifiedOn"], req)
        })
    static let cohortParticipants = Registry(
        kind: RecordKinds.cohortParticipants, folder: .courseParticipants, plural: L("Course participants"),
        listColumns: ["name", "cohortId", "assessment", "certification", "certifiedOn"])

    static let cooperationAgreements = Registry(
        kind: RecordKinds.cooperationAgreements, folder: .cooperation, plural: L("Cooperation between clusters"),
        listColumns: ["title", "clusterId", "partnerClusterId", "startsOn", "endsOn"],
        related: { agreement, req in
            try await ChildRecords.section(L("Activities"), of: cooperationActivities, where: \.$agreementId, is: try agreement.requireID(), parentKey: "agreementId",
                                           columns: ["title", "type", "startsOn", "endsOn", "participantCount", "cost", "partnerShare"], req)
        })
    static let cooperationActivities = Registry(
        kind: RecordKinds.cooperationActivities, folder: .cooperationActivities, plural: L("Cooperation activities"),
        listColumns: ["title", "agreementId", "type", "startsOn", "participantCount", "cost"])

    static let learningEditions = Registry(
        kind: RecordKinds.learningEditions, folder: .learning, plural: L("Joint learning programmes"),
        listColumns: ["title", "hostCountry", "startsOn", "endsOn"],
        related: { edition, req in try await LearningPage.participants(edition, req) })
    static let learningParticipants = Registry(
        kind: RecordKinds.learningParticipants, folder: .learningParticipants, plural: L("Participants in joint learning"),
        listColumns: ["name", "editionId", "country", "organisationId", "function"],
        related: { participant, req in
            try await ChildRecords.section(L("Action ideas taken home"), of: actionIdeas, where: \.$participantId, is: try participant.requireID(),
                                           parentKey: "participantId", columns: ["idea", "status", "followedUpOn", "note"], req)
        })
    static let actionIdeas = Registry(
        kind: RecordKinds.actionIdeas, folder: .actionIdeas, plural: L("Action ideas"), listColumns: ["idea", "participantId", "status", "followedUpOn"])

    static let all: [any MountedRegistry] = [brokers, brokerEmployments, brokerAssignments, courses, cohorts, cohortParticipants,
                                             cooperationAgreements, cooperationActivities, learningEditions, learningParticipants, actionIdeas]
}
