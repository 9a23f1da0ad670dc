import ClusterworksDomain
import FluentKit
import Foundation

/// An edition of a joint learning programme.
public final class LearningEditionModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "learning_editions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "title") public var titleText: String
    @Field(key: "theme") public var theme: String
    @Field(key: "host_country") public var hostCountry: String
    @Field(key: "host_institutions") public var hostInstitutions: String
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    @Field(key: "modules") public var modules: String
    @Field(key: "site_visits") public var siteVisits: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $titleText, $theme, $hostCountry, $hostInstitutions, $startsOn, $endsOn, $modules, $siteVisits, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { LearningEditionSchema.schema }
    public var title: Phrase { .verbatim(titleText) }
    public static let defaultSort: FieldKey = "starts_on"

    public static let columns = RecordColumns<LearningEditionModel>([
        .text("title", \.$titleText).sorted(),
        .text("theme", \.$theme),
        .text("hostCountry", \.$hostCountry).sorted().filtered(),
        .lines("hostInstitutions", \.$hostInstitutions),
        .date("startsOn", \.$startsOn).sorted(),
        .date("endsOn", \.$endsOn).sorted(),
        .lines("modules", \.$modules),
        .lines("siteVisits", \.$siteVisits),
    ])
}
