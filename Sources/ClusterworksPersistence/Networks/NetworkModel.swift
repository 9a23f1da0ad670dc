import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkModel: Searchable, ColumnTable, Timestamped, @unchecked Sendable {
    public static let schema = "networks"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "name") public var name: String
    /// Stored as its raw value; a value no kind has is an error when read, never taken for another kind.
    @StoredChoice(key: "kind") public var networkKind: NetworkKind
    @Field(key: "country_code") public var countryCode: String
    @OptionalParent(key: "cluster_id") public var cluster: ClusterModel?
    @OptionalParent(key: "project_id") public var project: ProjectModel?
    @Field(key: "phase") public var phase: String
    @OptionalField(key: "formed_on") public var formedOn: String?
    @OptionalField(key: "description") public var description: String?
    @OptionalField(key: "legal_form") public var legalForm: String?
    @OptionalField(key: "dissolved_on") public var dissolvedOn: String?
    @OptionalField(key: "dissolution_reason") public var dissolutionReason: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $searchKey, $name, $networkKind, $countryCode, $cluster, $project, $phase, $formedOn, $description, $legalForm, $dissolvedOn, $dissolutionReason, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { NetworkSchema.schema }
    public var title: Phrase { .verbatim(name) }
    public static let defaultSort: FieldKey = "name"

    public static let columns = RecordColumns<NetworkModel>([
        .text("name", \.$name).sorted().searched(),
        .choice("kind", \.$networkKind).sorted().filtered(),
        .text("country", \.$countryCode).sorted().filtered(),
        .reference("clusterId", \.$cluster).filtered(),
        .reference("projectId", \.$project).filtered(),
        .text("phase", \.$phase, absent: .value(NetworkPhase.promotion.rawValue)).sorted().filtered(),
        .date("formedOn", \.$formedOn).sorted(),
        .text("description", \.$description).searched(),
        .text("legalForm", \.$legalForm),
        // Only the phase decision that dissolves the network gives them; a form's write keeps them.
        .date("dissolvedOn", \.$dissolvedOn, absent: .keep),
        .text("dissolutionReason", \.$dissolutionReason, absent: .keep),
    ])
}
