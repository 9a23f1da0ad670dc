import ClusterworksDomain
import FluentKit
import Foundation

public final class IndicatorModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    @Field(key: "unit") public var unit: String
    @StoredChoice(key: "scale") public var scale: IndicatorScale
    @StoredChoice(key: "level") public var level: IndicatorLevel
    @StoredChoice(key: "direction") public var indicatorDirection: IndicatorDirection
    @StoredChoice(key: "disaggregation") public var disaggregation: Disaggregation
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
        .init(unit: unit, scale: scale, level: level,
              disaggregation: disaggregation)
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("unit", unit); v.put("scale", scale.rawValue); v.put("level", level.rawValue); v.put("direction", indicatorDirection.rawValue)
        v.put("disaggregation", disaggregation.rawValue); v.put("definition", definition); v.put("source", source)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""; unit = v.text("unit") ?? ""; if let s = v.choice("scale", IndicatorScale.self) { scale = s }
        if let l = v.choice("level", IndicatorLevel.self) { level = l }
        if let d = v.choice("direction", IndicatorDirection.self) { indicatorDirection = d }
        disaggregation = v.choice("disaggregation") ?? .none
        definition = v.text("definition"); source = v.text("source")
    }
}
