import ClusterworksDomain
import FluentKit
import Foundation

/// A broker: a person with a kind and a status; employers and assignments are kept apart.
public final class BrokerModel: ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "brokers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "person_id") public var personId: UUID
    @Field(key: "name") public var name: String
    @OptionalField(key: "user_id") public var userId: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "status") public var status: String
    @Field(key: "country_code") public var countryCode: String
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $personId, $name, $userId, $kind, $status, $countryCode, $note, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { BrokerSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<BrokerModel>([
        .reference("personId", \.$personId).filtered().unique(),
        .text("name", \.$name).sorted(),
        .reference("userId", \.$userId).unique(),
        .text("kind", \.$kind).sorted().filtered(),
        .text("status", \.$status).sorted().filtered(),
        .text("country", \.$countryCode).sorted().filtered(),
        .text("note", \.$note),
    ])
}
