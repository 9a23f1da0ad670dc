import ClusterworksDomain
import FluentKit
import Foundation

/// One running of a course.
public final class CohortModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "cohorts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "course_id") public var courseId: UUID
    @Field(key: "name") public var name: String
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    @OptionalField(key: "place") public var place: String?
    @Field(key: "country_code") public var countryCode: String
    @Field(key: "trainers") public var trainers: String
    @OptionalField(key: "host_institution_id") public var hostInstitutionId: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $courseId, $name, $startsOn, $endsOn, $place, $countryCode, $trainers, $hostInstitutionId, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { CohortSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "starts_on"

    public static let columns = RecordColumns<CohortModel>([
        .reference("courseId", \.$courseId).filtered(),
        .text("name", \.$name).sorted(),
        .date("startsOn", \.$startsOn).sorted(),
        .date("endsOn", \.$endsOn).sorted(),
        .text("place", \.$place),
        .text("country", \.$countryCode).sorted().filtered(),
        .lines("trainers", \.$trainers),
        .reference("hostInstitutionId", \.$hostInstitutionId).filtered(),
    ])
}
