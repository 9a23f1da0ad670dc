import ClusterworksDomain
import FluentKit
import Foundation

public final class IndicatorModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    @Field(key: "unit") public var unit: String
    @Field(key: "scale") public var scale: String
    @Field(key: "level") public var level: String
    @Field(key: "direction") public var direction: String
    @Field(key: "disaggregation") public var disaggregation: String
    @OptionalField(key: "definition") public var definition: String?
    @OptionalField(key: "source") public var source: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static var recordSchema: RecordSchema { IndicatorSchema.schema }
    public var title: String { "\(name) (\(unit))" }
    public static let searchColumns: [FieldKey] = ["name", "definition", "source"]
    public static let searchFields = ["name", "definition", "source"]
    public static let uniqueColumns: [String: FieldKey] = ["name": "name"]
    public static let sortColumns: [String: FieldKey] = ["name": "name", "level": "level", "unit": "unit"]
    public static let defaultSort: FieldKey = "name"
    public static let filterColumns: [String: FieldKey] = ["level": "level"]

    public var rules: ResultEntryRules.Indicator {
        .init(unit: unit, scale: IndicatorScale(rawValue: scale) ?? .quantity, level: IndicatorLevel(rawValue: level) ?? .cluster,
              disaggregation: Disaggregation(rawValue: disaggregation) ?? .none)
    }
    public var indicatorDirection: IndicatorDirection { IndicatorDirection(rawValue: direction) ?? .higher }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("unit", unit); v.put("scale", scale); v.put("level", level); v.put("direction", direction)
        v.put("disaggregation", disaggregation); v.put("definition", definition); v.put("source", source)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""; unit = v.text("unit") ?? ""; scale = v.text("scale") ?? ""; level = v.text("level") ?? ""
        direction = v.text("direction") ?? ""; disaggregation = v.text("disaggregation") ?? Disaggregation.none.rawValue
        definition = v.text("definition"); source = v.text("source")
    }
}
