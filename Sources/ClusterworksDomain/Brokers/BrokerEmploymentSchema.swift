/// A broker's employer for a span of time, and what the broker costs a month meanwhile.
public enum BrokerEmploymentSchema {
    public static let schema = RecordSchema(
        type: .brokerEmployment,
        fields: [
            FieldRule("brokerId", "Broker", .reference(.broker), required: true),
            FieldRule("employerKind", "Employer", .choice(EmployerKind.options), required: true),
            FieldRule("projectId", "Project", .reference(.project), help: "When the project employs the broker"),
            FieldRule("institutionId", "Institution", .reference(.actor), help: "When a local institution employs the broker"),
            FieldRule("employer", "Other employer", .text(maxLength: 200), help: "When the broker works elsewhere"),
            FieldRule("role", "Role", .text(maxLength: 200)),
            FieldRule("fromOn", "From", .date, required: true),
            FieldRule("toOn", "To", .date),
            FieldRule("monthlyCost", "Cost per month (USD)", .decimal(0...1e7), help: "Salary or fee of the broker, for the cost to the project"),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "fromOn", end: "toOn").check(v, into: &errors)
            if let from = v["fromOn"]?.date, from > context.today { errors.add("fromOn", "cannot be in the future") }
            switch v["employerKind"]?.text.flatMap(EmployerKind.init(rawValue:)) {
            case .project? where v["projectId"] == nil: errors.add("projectId", "is required when the project employs the broker")
            case .institution? where v["institutionId"] == nil: errors.add("institutionId", "is required when an institution employs the broker")
            case .other? where v["employer"] == nil: errors.add("employer", "is required when the broker works elsewhere")
            default: break
            }
            return errors
        }
    )
}
