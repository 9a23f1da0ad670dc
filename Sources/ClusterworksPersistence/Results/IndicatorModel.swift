import ClusterworksDomain
import FluentKit
import Foundation

public final class IndicatorModel: Searchable, ColumnTable, RecordWithLinks, Timestamped, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    @Field(key: "unit") public var unit: String
    @StoredChoice(key: "scale") public var scale: IndicatorScale
    @StoredChoice(key: "level") public var level: IndicatorLevel
    @StoredChoice(key: "direction") public var indicatorDirection: IndicatorDirection
    @StoredChoice(key: "accumulation") public var accumulation: IndicatorAccumulation
    @StoredChoice(key: "status") public var status: IndicatorStatus
    @Children(for: \.$owner) public var dimensionList: [ListedReference<IndicatorDimensions>]
    @OptionalField(key: "definition") public var definition: String?
    @OptionalField(key: "source") public var source: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $searchKey, $name, $unit, $scale, $level, $indicatorDirection, $accumulation, $status, $dimensionList, $definition, $source, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { IndicatorSchema.schema }
    public var title: Phrase { .verbatim("\(name) (\(unit))") }
    public static let defaultSort: FieldKey = "name"

    /// The ids of its breakdown dimensions, in order (loaded with `dimensionList`).
    public var dimensionIds: [UUID] { ($dimensionList.value ?? []).sorted { $0.position < $1.position }.map(\.itemId) }

    /// What its figures must meet, given the programme's dimensions by id.
    public func rules(_ dimensions: [UUID: BreakdownDimension]) -> ResultEntryRules.Indicator {
        .init(unit: unit, scale: scale, level: level, dimensions: dimensionIds.compactMap { dimensions[$0] })
    }

    public static let columns = RecordColumns<IndicatorModel>([
        .text("name", \.$name).sorted().unique().searched(),
        .text("unit", \.$unit).sorted(),
        .choice("scale", \.$scale),
        .choice("level", \.$level).sorted().filtered(),
        .choice("direction", \.$indicatorDirection),
        .choice("accumulation", \.$accumulation, absent: .value(.level)),
        .references("dimensions", \.$dimensionList),
        .choice("status", \.$status).filtered().readOnly(),
        .text("definition", \.$definition).searched(),
        .text("source", \.$source).searched(),
    ])
}
