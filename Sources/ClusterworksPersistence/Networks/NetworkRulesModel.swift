import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkRulesModel: NetworkPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { NetworkRulesSchema.schema }
    public var title: String { "\(titleText), version \(version)" }
    public static let searchColumns: [FieldKey] = ["title", "text"]
    public static let sortColumns: [String: FieldKey] = ["version": "version", "adoptedOn": "adopted_on"]
    public static let defaultSort: FieldKey = "version"

    public var values: RecordValues {
        var v = RecordValues()
        v.put("title", titleText); v.put("version", version); v.put("text", text); v.put("adoptedOn", date: adoptedOn)
        return v
    }

    public func apply(_ v: RecordValues) {
        titleText = v.text("title") ?? ""; text = v.text("text") ?? ""; adoptedOn = v.dateText("adoptedOn")
    }
}
