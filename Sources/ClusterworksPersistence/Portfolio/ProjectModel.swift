import ClusterworksDomain
import FluentKit
import Foundation

public final class ProjectModel: Searchable, RecordWithLinks, Timestamped, @unchecked Sendable {
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
    @Children(for: \.$project) public var countryLinks: [ProjectCountryModel]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var countryCodes: [String] { ($countryLinks.value ?? []).map(\.countryCode).sorted() }

    public static var recordSchema: RecordSchema { ProjectSchema.schema }
    public var title: String { "\(code) · \(projectTitle)" }
    public static let searchColumns: [FieldKey] = ["code", "title", "summary", "funders", "counterparts"]
    public static let searchFields = ["code", "title", "summary", "funders", "counterparts"]
    public static let uniqueColumns: [String: FieldKey] = ["code": "code"]
    public static let sortColumns: [String: FieldKey] = [
        "code": "code", "title": "title", "status": "status", "plannedStart": "planned_start", "budget": "budget",
    ]
    public static let defaultSort: FieldKey = "code"
    public static let filterColumns: [String: FieldKey] = ["status": "status"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("code", code); v.put("title", projectTitle); v.put("summary", summary); v.put("status", projectStatus.rawValue)
        v.put("plannedStart", date: plannedStart); v.put("plannedEnd", date: plannedEnd)
        v.put("actualStart", date: actualStart); v.put("actualEnd", date: actualEnd)
        v.put("budget", budget); v.put("currency", currency)
        v.put("funders", lines: funders); v.put("counterparts", lines: counterparts)
        v.put("linesOfWork", lines: linesOfWork)
        if $countryLinks.value != nil { v.put("countries", lines: countryCodes.joined(separator: "\n")) }
        return v
    }

    public func apply(_ v: RecordValues) {
        code = v.text("code") ?? ""
        projectTitle = v.text("title") ?? ""
        summary = v.text("summary")
        projectStatus = v.choice("status") ?? .underDesign
        plannedStart = v.dateText("plannedStart"); plannedEnd = v.dateText("plannedEnd")
        actualStart = v.dateText("actualStart"); actualEnd = v.dateText("actualEnd")
        budget = v.double("budget"); currency = v.text("currency")
        funders = v.lines("funders"); counterparts = v.lines("counterparts"); linesOfWork = v.lines("linesOfWork")
    }

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

    public init(projectId: UUID, countryCode: String) {
        self.$project.id = projectId
        self.countryCode = countryCode
    }
}
