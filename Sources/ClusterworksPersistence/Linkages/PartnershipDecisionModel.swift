import ClusterworksDomain
import FluentKit
import Foundation

public final class PartnershipDecisionModel: ColumnTable, NetworkPart, Timestamped, @unchecked Sendable {
    public static let schema = "partnership_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "network_id") public var networkId: UUID
    @Field(key: "client_id") public var clientId: UUID
    @Field(key: "supplier_id") public var supplierId: UUID
    @Field(key: "decided_on") public var decidedOn: String
    @Field(key: "entered") public var entered: Bool
    @OptionalField(key: "contract_value") public var contractValue: Double?
    @OptionalField(key: "contract_start") public var contractStart: String?
    @OptionalField(key: "contract_end") public var contractEnd: String?
    @OptionalField(key: "lender") public var lender: String?
    @OptionalField(key: "loan_amount") public var loanAmount: Double?
    @OptionalField(key: "notes") public var notes: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $networkId, $clientId, $supplierId, $decidedOn, $entered, $contractValue, $contractStart, $contractEnd, $lender, $loanAmount, $notes, $createdAt, $updatedAt] }

    public static var recordSchema: RecordSchema { PartnershipDecisionSchema.schema }
    public var title: Phrase { L("Partnership decision of \(date: decidedOn)") }
    public static let defaultSort: FieldKey = "decided_on"

    public static let columns = RecordColumns<PartnershipDecisionModel>([
        .reference("clientId", \.$clientId).filtered(),
        .reference("supplierId", \.$supplierId).filtered(),
        .date("decidedOn", \.$decidedOn).sorted(),
        .flag("entered", \.$entered),
        .decimal("contractValue", \.$contractValue),
        .date("contractStart", \.$contractStart),
        .date("contractEnd", \.$contractEnd),
        .text("lender", \.$lender).searched(),
        .decimal("loanAmount", \.$loanAmount),
        .text("notes", \.$notes).searched(),
    ])
}
