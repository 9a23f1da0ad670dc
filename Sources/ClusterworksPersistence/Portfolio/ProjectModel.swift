import ClusterworksDomain
import FluentKit
import Foundation

public final class ProjectModel: ColumnTable, Searchable, RecordWithLinks, Timestamped, @unchecked Sendable {
    public static let schema = "projects"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "code") public var code: String
    @Field(key: "title") public var projectTitle: String
    @OptionalField(key: "summary") public var summary: String?
    @StoredChoice(key: "status") public var projectStatus: ProjectStatus
    @OptionalField(key: "planned_start") public var plannedStart: String?
    @OptionalField(key: "planned_end") public var plannedEnd: String?
    @OptionalField(key: "actual_start") public var actualStart: String?
    @OptionalField(key: "actual_end") public var actualEnd: String?
    @OptionalField(key: "budget") public var budget: Double?
    @OptionalField(key: "currency") public var currency: String?
    @Field(key: "funders") public var funders: String
    @Field(key: "counterparts") public var counterparts: String
    @Field(key: "lines_of_work") public var linesOfWork: String
    @OptionalField(key: "dac_sector") public var dacSector: String?
    @Children(for: \.$project) public var countryLinks: [ProjectCountryModel]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $searchKey, $code, $projectTitle, $summary, $projectStatus, $plannedStart, $plannedEnd, $actualStart, $actualEnd, $budget, $currency, $funders, $counterparts, $linesOfWork, $dacSector, $countryLinks, $createdAt, $updatedAt] }

    public var countryCodes: [String] { ($countryLinks.value ?? []).map(\.countryCode).sorted() }

    public static var recordSchema: RecordSchema { ProjectSchema.schema }
    public var title: Phrase { .verbatim("\(code) · \(projectTitle)") }
    public static let defaultSort: FieldKey = "code"

    public static let columns = RecordColumns<ProjectModel>([
        .text("code", \.$code).sorted().unique().searched(),
        .text("title", \.$projectTitle).sorted().searched(),
        .text("summary", \.$summary).searched(),
        .choice("status", \.$projectStatus, absent: .value(.underDesign)).sorted().filtered(),
        .date("plannedStart", \.$plannedStart).sorted(),
        .date("plannedEnd", \.$plannedEnd),
        .date("actualStart", \.$actualStart),
        .date("actualEnd", \.$actualEnd),
        .decimal("budget", \.$budget).sorted(),
        .text("currency", \.$currency),
        .lines("funders", \.$funders).searched(),
        .lines("counterparts", \.$counterparts).searched(),
        .lines("linesOfWork", \.$linesOfWork),
        .text("dacSector", \.$dacSector),
        // Kept in project_countries: shown when loaded, written by `saveLinks`.
        .rule(put: { project, v in
            if project.$countryLinks.value != nil, !project.countryCodes.isEmpty { v["countries"] = .list(project.countryCodes) }
        }),
    ])

    public static let linkedKeys: Set<String> = ["countries"]

    public static func withLinks(_ query: QueryBuilder<ProjectModel>) -> QueryBuilder<ProjectModel> {
        query.with(\.$countryLinks)
    }

    public func loadLinks(on db: any Database) async throws {
        try await $countryLinks.load(on: db)
    }

    /// Replaces the project's countries with those in `values`.
    public func saveLinks(_ v: RecordValues, on db: any Database) async throws {
        let wanted = Set(v[ "countries"]?.list ?? [])
        let existing = try await $countryLinks.query(on: db).all()
        for link in existing where !wanted.contains(link.countryCode) { try await link.delete(on: db) }
        let kept = Set(existing.map(\.countryCode))
        for code in wanted.subtracting(kept).sorted() {
            try await ProjectCountryModel(projectId: try requireID(), countryCode: code).create(on: db)
        }
        try await $countryLinks.load(on: db)
    }
}

public final class ProjectCountryModel: Model, @unchecked Sendable {
    public static let schema = "project_countries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "project_id") public var project: ProjectModel
    @Field(key: "country_code") public var countryCode: String

    public init() {}

    /// Every stored property, listed here because Fluent's default finds them by reflection each
    /// time a row is read or written (most of a list request's time); `ModelPropertiesTests` checks
    /// this list against reflection.
    public var properties: [any AnyProperty] { [$id, $project, $countryCode] }

    public init(projectId: UUID, countryCode: String) {
        self.$project.id = projectId
        self.countryCode = countryCode
    }
}
