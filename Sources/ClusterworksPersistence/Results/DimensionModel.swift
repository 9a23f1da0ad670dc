import ClusterworksDomain
import FluentKit
import Foundation

/// A breakdown dimension of the programme (sex of the person, firm size class…) with its categories.
public final class DimensionModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "breakdown_dimensions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// A `code=Label` line each, in the order reports show them.
    @Field(key: "categories") public var categories: String
    @OptionalField(key: "definition") public var definition: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(_ d: BreakdownDimension) {
        code = d.code; name = d.name; categories = d.categoryLines.joined(separator: "\n")
    }

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $code, $name, $categories, $definition, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { DimensionSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public var dimension: BreakdownDimension {
        let lines = categories.split(separator: "\n").map(String.init)
        return .init(code: code, name: name, categories: (try? BreakdownDimension.categories(from: lines).get()) ?? [])
    }

    /// Every dimension, by id.
    public static func all(on db: any Database) async throws -> [UUID: BreakdownDimension] {
        Dictionary(uniqueKeysWithValues: try await query(on: db).sort(\.$name).all().map { (try $0.requireID(), $0.dimension) })
    }

    public static let columns = RecordColumns<DimensionModel>([
        .text("code", \.$code).sorted().unique(),
        .text("name", \.$name).sorted().unique(),
        .lines("categories", \.$categories),
        .text("definition", \.$definition),
    ])
}
