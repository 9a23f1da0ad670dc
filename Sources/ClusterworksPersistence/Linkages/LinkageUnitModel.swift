import ClusterworksDomain
import FluentKit
import Foundation

public final class LinkageUnitModel: ProjectPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { LinkageUnitSchema.schema }
    public var title: String { name }
    public static let searchColumns: [FieldKey] = ["name"]
    public static let sortColumns: [String: FieldKey] = ["name": "name"]
    public static let defaultSort: FieldKey = "name"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("hostInstitutionId", hostInstitutionId); v.put("establishedOn", date: establishedOn); v.put("package", package)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""; if let h = v.uuid("hostInstitutionId") { hostInstitutionId = h }
        establishedOn = v.dateText("establishedOn"); package = v.text("package")
    }
}

public final class FeeYearModel: ProjectPart, Timestamped, @unchecked Sendable {
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
    public var title: String { String(year) }
    public static let searchColumns: [FieldKey] = []
    public static let sortColumns: [String: FieldKey] = ["year": "year"]
    public static let uniqueColumns: [String: FieldKey] = ["year": "year"]
    public static let defaultSort: FieldKey = "year"

    public var recoveryYear: CostRecovery.Year {
        .init(year: year, packages: packages, fee: fee, unitCost: unitCost, invoiced: invoiced ?? 0, paid: paid ?? 0)
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("year", year); v.put("packages", packages); v.put("fee", fee); v.put("unitCost", unitCost); v.put("invoiced", invoiced); v.put("paid", paid)
        return v
    }

    public func apply(_ v: RecordValues) {
        year = v.int("year") ?? 0; packages = v.int("packages") ?? 0; fee = v.double("fee") ?? 0; unitCost = v.double("unitCost") ?? 0
        invoiced = v.double("invoiced"); paid = v.double("paid")
    }
}
