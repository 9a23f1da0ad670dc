/// The client's decision on a supplier after the improvement plan: whether it enters the
/// partnership, on what contract, and the loans the tie made possible.
public enum PartnershipDecisionSchema {
    public static let schema = RecordSchema(
        type: .partnershipDecision,
        fields: [
            FieldRule("clientId", L("Client firm"), .reference(.actor), required: true),
            FieldRule("supplierId", L("Supplier"), .reference(.actor), required: true),
            FieldRule("decidedOn", L("Decided on"), .date, required: true),
            FieldRule("entered", L("The client enters the partnership"), .boolean, required: true),
            FieldRule("contractValue", L("Contract value (USD)"), .decimal(0...1e12)),
            FieldRule("contractStart", L("Contract from"), .date),
            FieldRule("contractEnd", L("Contract until"), .date),
            FieldRule("lender", L("Loan obtained from"), .text(maxLength: 200)),
            FieldRule("loanAmount", L("Loan amount (USD)"), .decimal(0...1e12)),
            FieldRule("notes", L("Reasons and notes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "contractStart", end: "contractEnd").check(v, into: &errors)
            if v["entered"]?.boolean != true && v["contractValue"] != nil { errors.add("contractValue", L("applies only when the client enters the partnership")) }
            if (v["lender"] == nil) != (v["loanAmount"] == nil) { errors.add(v["lender"] == nil ? "lender" : "loanAmount", L("is required with the other loan field")) }
            if let c = v.uuidValue("clientId"), c == v.uuidValue("supplierId") { errors.add("supplierId", L("must be another firm than the client")) }
            if let d = v["decidedOn"]?.date, d > context.today { errors.add("decidedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
