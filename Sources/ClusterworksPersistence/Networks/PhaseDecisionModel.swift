import ClusterworksDomain
import FluentKit
import Foundation

/// A recorded decision on a network's phase; `fromPhase` is set by the decision service.
public final class PhaseDecisionModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "phase_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "decided_on") public var decidedOn: String
    @Field(key: "from_phase") public var fromPhase: String
    @OptionalField(key: "to_phase") public var toPhase: String?
    @OptionalField(key: "dissolution") public var dissolution: String?
    @Field(key: "reason") public var reason: String
    @Field(key: "override") public var override: Bool
    @OptionalField(key: "justification") public var justification: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $decidedOn, $fromPhase, $toPhase, $dissolution, $reason, $override, $justification, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { PhaseDecisionSchema.schema }
    public var title: Phrase { L("\(toPhase.flatMap(NetworkPhase.init(rawValue:))?.label ?? L("Dissolution")) (\(date: decidedOn))") }
    public static let defaultSort: FieldKey = "decided_on"

    public static let columns = RecordColumns<PhaseDecisionModel>([
        .date("decidedOn", \.$decidedOn).sorted(),
        .text("fromPhase", \.$fromPhase).readOnly(),
        .text("toPhase", \.$toPhase),
        .text("dissolution", \.$dissolution),
        .text("reason", \.$reason).searched(),
        .flag("override", \.$override),
        .text("justification", \.$justification).searched(),
    ])
}
