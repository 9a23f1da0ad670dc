import ClusterworksDomain
import FluentKit
import Foundation

public final class LinkageUnitModel: ColumnTable, ProjectPart, Timestamped, @unchecked Sendable {
    public static let schema = "linkage_units"

    @ID(key: .id) public var id: UUID?
    @Field(key: "project_id") public var projectId: UUID
    @Field(key: "name") public var name: String
    @Field(key: "host_institution_id") public var hostInstitutionId: UUID
    @OptionalField(key: "established_on") public var establishedOn: String?
    @OptionalField(key: "package") public var package: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $projectId, $name, $hostInstitutionId, $establishedOn, $package, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { LinkageUnitSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<LinkageUnitModel>([
        .text("name", \.$name).sorted().searched(),
        .reference("hostInstitutionId", \.$hostInstitutionId),
        .date("establishedOn", \.$establishedOn),
        .text("package", \.$package),
    ])
}

public final class FeeYearModel: ColumnTable, ProjectPart, Timestamped, @unchecked Sendable {
    public static let schema = "linkage_fee_years"

    @ID(key: .id) public var id: UUID?
    @Field(key: "project_id") public var projectId: UUID
    @Field(key: "year") public var year: Int
    @Field(key: "packages") public var packages: Int
    @Field(key: "fee") public var fee: Double
    @Field(key: "unit_cost") public var unitCost: Double
    @OptionalField(key: "invoiced") public var invoiced: Double?
    @OptionalField(key: "paid") public var paid: Double?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { FeeYearSchema.schema }
    public var title: Phrase { .verbatim(String(year)) }
    public static let defaultSort: FieldKey = "year"

    public var recoveryYear: CostRecovery.Year {
        .init(year: year, packages: packages, fee: fee, unitCost: unitCost, invoiced: invoiced ?? 0, paid: paid ?? 0)
    }

    public static let columns = RecordColumns<FeeYearModel>([
        .int("year", \.$year).sorted().unique(),
        .int("packages", \.$packages),
        .decimal("fee", \.$fee),
        .decimal("unitCost", \.$unitCost),
        .decimal("invoiced", \.$invoiced),
        .decimal("paid", \.$paid),
    ])
}
