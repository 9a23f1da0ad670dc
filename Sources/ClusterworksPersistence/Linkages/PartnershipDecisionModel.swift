import ClusterworksDomain
import FluentKit
import Foundation

public final class PartnershipDecisionModel: NetworkPart, Timestamped, @unchecked Sendable {
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

    public static var recordSchema: RecordSchema { PartnershipDecisionSchema.schema }
    public var title: String { "Partnership decision of \(decidedOn)" }
    public static let searchColumns: [FieldKey] = ["notes", "lender"]
    public static let sortColumns: [String: FieldKey] = ["decidedOn": "decided_on"]
    public static let defaultSort: FieldKey = "decided_on"
    public static let filterColumns: [String: FieldKey] = ["supplierId": "supplier_id", "clientId": "client_id"]

    public var values: RecordValues {
        var v = RecordValues()
        v.put("clientId", clientId); v.put("supplierId", supplierId); v.put("decidedOn", date: decidedOn); v.put("entered", entered)
        v.put("contractValue", contractValue); v.put("contractStart", date: contractStart); v.put("contractEnd", date: contractEnd)
        v.put("lender", lender); v.put("loanAmount", loanAmount); v.put("notes", notes)
        return v
    }

    public func apply(_ v: RecordValues) {
        if let c = v.uuid("clientId") { clientId = c }
        if let s = v.uuid("supplierId") { supplierId = s }
        decidedOn = v.dateText("decidedOn") ?? ""; entered = v.bool("entered") ?? false; contractValue = v.double("contractValue")
        contractStart = v.dateText("contractStart"); contractEnd = v.dateText("contractEnd"); lender = v.text("lender"); loanAmount = v.double("loanAmount"); notes = v.text("notes")
    }
}
