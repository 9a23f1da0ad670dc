import ClusterworksDomain
import FluentKit
import Foundation

/// A baseline, target or measured value. It is kept under a cluster now; networks and projects
/// will own figures through their own owner column, so the owner is not a single foreign key.
public final class ResultEntryModel: OwnedRecord, Timestamped, @unchecked Sendable {
    public static let schema = "result_entries"

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "owner_cluster_id") public var ownerClusterId: UUID?
    @OptionalField(key: "owner_network_id") public var ownerNetworkId: UUID?
    @Field(key: "indicator_id") public var indicatorId: UUID
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "actor_id") public var actorId: UUID?
    @OptionalField(key: "network_id") public var networkId: UUID?
    @Field(key: "observed_on") public var observedOn: String
    @Field(key: "value") public var value: Double
    @OptionalField(key: "unit") public var unit: String?
    /// The breakdown, a `part=value` line each.
    @Field(key: "parts") public var parts: String
    @OptionalField(key: "diagnostic_id") public var diagnosticId: UUID?
    @OptionalField(key: "source") public var source: String?
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public static func ownerColumn(_ kind: ScopeKind) -> FieldKey? {
        switch kind {
        case .cluster: "owner_cluster_id"
        case .network: "owner_network_id"
        case .project: nil
        }
    }

    public func setOwner(_ kind: ScopeKind, _ id: UUID) {
        switch kind {
        case .cluster: ownerClusterId = id
        case .network: ownerNetworkId = id
        case .project: break
        }
    }

    public static var recordSchema: RecordSchema { ResultEntrySchema.schema }
    public var title: String { "\(ResultEntryKind(rawValue: kind)?.label ?? kind) on \(observedOn)" }
    public static let searchColumns: [FieldKey] = ["source", "note"]
    public static let sortColumns: [String: FieldKey] = ["observedOn": "observed_on", "kind": "kind"]
    public static let defaultSort: FieldKey = "observed_on"
    public static let filterColumns: [String: FieldKey] = ["indicatorId": "indicator_id", "kind": "kind"]

    /// Indicator and subject: the figures that belong together.
    public var seriesKey: String {
        [indicatorId.uuidString, actorId?.uuidString ?? "", networkId?.uuidString ?? ""].joined(separator: "|")
    }

    public var figure: ResultEntryRules.Figure? {
        guard let k = ResultEntryKind(rawValue: kind), let on = CalendarDate(observedOn) else { return nil }
        return .init(kind: k, on: on, value: value)
    }

    public var values: RecordValues {
        var v = RecordValues()
        v.put("indicatorId", indicatorId); v.put("kind", kind); v.put("actorId", actorId); v.put("networkId", networkId)
        v.put("observedOn", date: observedOn); v.put("value", value); v.put("unit", unit)
        for line in parts.split(separator: "\n") {
            let kv = line.split(separator: "=")
            if kv.count == 2, let d = Double(kv[1]) { v.put(String(kv[0]), d) }
        }
        v.put("diagnosticId", diagnosticId); v.put("source", source); v.put("note", note)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let i = v.uuid("indicatorId") { indicatorId = i }
        kind = v.text("kind") ?? ""; actorId = v.uuid("actorId"); networkId = v.uuid("networkId")
        observedOn = v.dateText("observedOn") ?? ""; value = v.double("value") ?? 0; unit = v.text("unit")
        parts = Disaggregation.allPartKeys.compactMap { k in v.double(k).map { "\(k)=\($0)" } }.joined(separator: "\n")
        diagnosticId = v.uuid("diagnosticId"); source = v.text("source"); note = v.text("note")
    }
}
