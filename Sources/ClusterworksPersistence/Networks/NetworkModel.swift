import ClusterworksDomain
import FluentKit
import Foundation

public final class NetworkModel: Searchable, SchemaRecord, Timestamped, @unchecked Sendable {
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


    public static var recordSchema: RecordSchema { NetworkSchema.schema }
    public var title: String { name }
    public static let searchColumns: [FieldKey] = ["name", "description"]
    public static let searchFields = ["name", "description"]
    public static let sortColumns: [String: FieldKey] = [
        "name": "name", "kind": "kind", "country": "country_code", "phase": "phase", "formedOn": "formed_on",
    ]
    public static let defaultSort: FieldKey = "name"
    public static let filterColumns: [String: FieldKey] = [
        "kind": "kind", "country": "country_code", "clusterId": "cluster_id", "projectId": "project_id", "phase": "phase",
    ]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("name", name); v.put("kind", networkKind.rawValue); v.put("country", countryCode)
        v.put("clusterId", $cluster.id); v.put("projectId", $project.id); v.put("phase", phase)
        v.put("formedOn", date: formedOn); v.put("description", description)
        v.put("legalForm", legalForm); v.put("dissolvedOn", date: dissolvedOn); v.put("dissolutionReason", dissolutionReason)
        return v
    }

    public func apply(_ v: RecordValues) {
        name = v.text("name") ?? ""
        if let kind = v.choice("kind", NetworkKind.self) { networkKind = kind }
        countryCode = v.text("country") ?? ""
        $cluster.id = v.uuid("clusterId"); $project.id = v.uuid("projectId")
        phase = v.text("phase") ?? NetworkPhase.promotion.rawValue
        formedOn = v.dateText("formedOn"); description = v.text("description"); legalForm = v.text("legalForm")
        // Read-only for forms: only the phase decision that dissolves the network gives them.
        if v["dissolvedOn"] != nil { dissolvedOn = v.dateText("dissolvedOn"); dissolutionReason = v.text("dissolutionReason") }
    }
}
