import ClusterworksDomain
import FluentKit
import Foundation

/// A baseline, target or measured value. It is kept under a cluster now; networks and projects
/// will own figures through their own owner column, so the owner is not a single foreign key.
public final class ResultEntryModel: ColumnTable, OwnedRecord, Timestamped, @unchecked Sendable {
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
    @OptionalField(key: "numerator") public var numerator: Double?
    @OptionalField(key: "denominator") public var denominator: Double?
    @OptionalField(key: "unit") public var unit: String?
    /// The breakdown, a `dimension.category=value` line each.
    @Field(key: "parts") public var parts: String
    @OptionalField(key: "diagnostic_id") public var diagnosticId: UUID?
    @OptionalField(key: "source") public var source: String?
    @OptionalField(key: "note") public var note: String?
    /// A `FigureStatus`; only the review steps change it.
    @Field(key: "status") public var status: String
    @OptionalField(key: "submitted_by") public var submittedBy: UUID?
    @OptionalField(key: "reviewed_by") public var reviewedBy: UUID?
    @OptionalField(key: "review_comment") public var reviewComment: String?
    @OptionalField(key: "correction_of") public var correctionOf: UUID?
    @OptionalField(key: "correction_reason") public var correctionReason: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $ownerClusterId, $ownerNetworkId, $indicatorId, $kind, $actorId, $networkId, $observedOn, $value, $numerator, $denominator, $unit, $parts, $diagnosticId, $source, $note, $status, $submittedBy, $reviewedBy, $reviewComment, $correctionOf, $correctionReason, $createdAt, $updatedAt] }

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
    public var title: Phrase { L("\(ResultEntryKind(rawValue: kind)?.label ?? .verbatim(kind)) on \(date: observedOn)") }
    public static let defaultSort: FieldKey = "observed_on"

    /// Indicator and subject: the figures that belong together.
    public var seriesKey: String {
        [indicatorId.uuidString, actorId?.uuidString ?? "", networkId?.uuidString ?? ""].joined(separator: "|")
    }

    public var figureStatus: FigureStatus { FigureStatus(rawValue: status) ?? .draft }

    public var figure: ResultEntryRules.Figure? {
        guard let k = ResultEntryKind(rawValue: kind), let on = CalendarDate(observedOn) else { return nil }
        return .init(kind: k, on: on, value: value)
    }

    /// The counts a percentage or ratio was computed from, when both were recorded.
    public var ratio: FigureRatio? {
        guard let numerator, let denominator else { return nil }
        return FigureRatio(numerator: numerator, denominator: denominator)
    }

    public static let columns = RecordColumns<ResultEntryModel>([
        .reference("indicatorId", \.$indicatorId).filtered(),
        .text("kind", \.$kind).sorted().filtered(),
        .reference("actorId", \.$actorId),
        .reference("networkId", \.$networkId),
        .date("observedOn", \.$observedOn).sorted(),
        .decimal("value", \.$value),
        .decimal("numerator", \.$numerator),
        .decimal("denominator", \.$denominator),
        .text("unit", \.$unit),
        .reference("diagnosticId", \.$diagnosticId),
        .text("source", \.$source).searched(),
        .text("note", \.$note).searched(),
        .reference("correctionOf", \.$correctionOf),
        .text("reason", \.$correctionReason),
        .text("status", \.$status).filtered().readOnly(),
        .reference("submittedBy", \.$submittedBy).readOnly(),
        .reference("reviewedBy", \.$reviewedBy).readOnly(),
        .text("reviewComment", \.$reviewComment).readOnly(),
        // A `dimension.category=value` line each (`Breakdown.lines`).
        .lines("breakdown", \.$parts),
    ])
}
