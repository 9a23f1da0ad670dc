/// The client's decision on a supplier after the improvement plan: whether it enters the
/// partnership, on what contract, and the loans the tie made possible.
public enum PartnershipDecisionSchema {
    public static let schema = RecordSchema(
        type: .partnershipDecision,
        fields: [
            FieldRule("clientId", "Client firm", .reference(.actor), required: true),
            FieldRule("supplierId", "Supplier", .reference(.actor), required: true),
            FieldRule("decidedOn", "Decided on", .date, required: true),
            FieldRule("entered", "The client enters the partnership", .boolean, required: true),
            FieldRule("contractValue", "Contract value (USD)", .decimal(0...1e12)),
            FieldRule("contractStart", "Contract from", .date),
            FieldRule("contractEnd", "Contract until", .date),
            FieldRule("lender", "Loan obtained from", .text(maxLength: 200)),
            FieldRule("loanAmount", "Loan amount (USD)", .decimal(0...1e12)),
            FieldRule("notes", "Reasons and notes", .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "contractStart", end: "contractEnd").check(v, into: &errors)
            if v["entered"]?.boolean != true && v["contractValue"] != nil { errors.add("contractValue", "applies only when the client enters the partnership") }
            if (v["lender"] == nil) != (v["loanAmount"] == nil) { errors.add(v["lender"] == nil ? "lender" : "loanAmount", "is required with the other loan field") }
            if let c = v.uuidValue("clientId"), c == v.uuidValue("supplierId") { errors.add("supplierId", "must be another firm than the client") }
            if let d = v["decidedOn"]?.date, d > context.today { errors.add("decidedOn", "cannot be in the future") }
            return errors
        }
    )
}
