import ClusterworksDomain
import FluentKit
import Foundation

/// A broker course and its modules.
public final class CourseModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "courses"

    @ID(key: .id) public var id: UUID?
    @Field(key: "title") public var titleText: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "broker_kind") public var brokerKind: String?
    @OptionalField(key: "hours") public var hours: Int?
    @Field(key: "modules") public var modules: String
    @Field(key: "attendance_threshold") public var attendanceThreshold: Int
    @OptionalField(key: "certifying_body") public var certifyingBody: String?
    @OptionalField(key: "description") public var description: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $titleText, $kind, $brokerKind, $hours, $modules, $attendanceThreshold, $certifyingBody, $description, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { CourseSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "title"

    public static let columns = RecordColumns<CourseModel>([
        .text("title", \.$titleText).sorted(),
        .text("kind", \.$kind).filtered(),
        .text("brokerKind", \.$brokerKind).filtered(),
        .int("hours", \.$hours).sorted(),
        .lines("modules", \.$modules),
        .int("attendanceThreshold", \.$attendanceThreshold),
        .text("certifyingBody", \.$certifyingBody),
        .text("description", \.$description),
    ])
}
