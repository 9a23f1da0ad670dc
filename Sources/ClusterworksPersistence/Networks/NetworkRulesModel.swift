import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkRulesModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "network_rules"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "title") public var titleText: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "adopted_on") public var adoptedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $version, $titleText, $text, $adoptedOn, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { NetworkRulesSchema.schema }
    public var title: Phrase { L("\(titleText), version \(version)") }
    public static let defaultSort: FieldKey = "version"

    public static let columns = RecordColumns<NetworkRulesModel>([
        .text("title", \.$titleText).searched(),
        .int("version", \.$version).readOnly().sorted(),
        .text("text", \.$text).searched(),
        .date("adoptedOn", \.$adoptedOn).sorted(),
    ])
}
