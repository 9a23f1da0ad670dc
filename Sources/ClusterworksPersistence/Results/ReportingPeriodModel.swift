import ClusterworksDomain
import FluentKit
import Foundation

/// A reporting period of a project's calendar.
public final class ReportingPeriodModel: ColumnTable, ProjectPart, Timestamped, @unchecked Sendable {
    public static let schema = "reporting_periods"

    @ID(key: .id) public var id: UUID?
    @Field(key: "project_id") public var projectId: UUID
    @Field(key: "label") public var label: String
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $projectId, $label, $startsOn, $endsOn, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { ReportingPeriodSchema.schema }
    public var title: Phrase { .verbatim(label) }
    public static let defaultSort: FieldKey = "starts_on"

    public var period: ReportingPeriod? {
        guard let s = CalendarDate(startsOn), let e = CalendarDate(endsOn) else { return nil }
        return .init(label: label, start: s, end: e)
    }

    /// A project's periods in order.
    public static func periods(of project: UUID, on db: any Database) async throws -> [ReportingPeriod] {
        try await query(on: db).filter(\.$projectId == project).sort(\.$startsOn).all().compactMap(\.period)
    }

    public static let columns = RecordColumns<ReportingPeriodModel>([
        .text("label", \.$label).sorted().unique(),
        .date("startsOn", \.$startsOn).sorted(),
        .date("endsOn", \.$endsOn),
    ])
}
