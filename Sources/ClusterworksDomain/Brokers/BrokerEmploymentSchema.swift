/// A broker's employer for a span of time, and what the broker costs a month meanwhile.
public enum BrokerEmploymentSchema {
    public static let schema = RecordSchema(
        type: .brokerEmployment,
        fields: [
            FieldRule("brokerId", L("Broker"), .reference(.broker), required: true),
            FieldRule("employerKind", L("Employer"), .choice(EmployerKind.options), required: true),
            FieldRule("projectId", L("Project"), .reference(.project), help: L("When the project employs the broker")),
            FieldRule("institutionId", L("Institution"), .reference(.actor), help: L("When a local institution employs the broker")),
            FieldRule("employer", L("Other employer"), .text(maxLength: 200), help: L("When the broker works elsewhere")),
            FieldRule("role", L("Role"), .text(maxLength: 200)),
            FieldRule("fromOn", L("From"), .date, required: true),
            FieldRule("toOn", L("To"), .date),
            FieldRule("monthlyCost", L("Cost per month (USD)"), .decimal(0...1e7), help: L("Salary or fee of the broker, for the cost to the project")),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "fromOn", end: "toOn").check(v, into: &errors)
            if let from = v["fromOn"]?.date, from > context.today { errors.add("fromOn", L("cannot be in the future")) }
            switch v["employerKind"]?.text.flatMap(EmployerKind.init(rawValue:)) {
            case .project? where v["projectId"] == nil: errors.add("projectId", L("is required when the project employs the broker"))
            case .institution? where v["institutionId"] == nil: errors.add("institutionId", L("is required when an institution employs the broker"))
            case .other? where v["employer"] == nil: errors.add("employer", L("is required when the broker works elsewhere"))
            default: break
            }
            return errors
        }
    )
}
