/// A broker's assignment to a cluster, a network or a linkage unit for a span of time, with the
/// share of their working time it takes.
public enum BrokerAssignmentSchema {
    public static let schema = RecordSchema(
        type: .brokerAssignment,
        fields: [
            FieldRule("brokerId", "Broker", .reference(.broker), required: true),
            FieldRule("clusterId", "Cluster", .reference(.cluster)),
            FieldRule("networkId", "Network", .reference(.network)),
            FieldRule("linkageUnitId", "Linkage unit", .reference(.linkageUnit)),
            FieldRule("fromOn", "From", .date, required: true),
            FieldRule("toOn", "To", .date),
            FieldRule("timeShare", "Share of working time (%)", .integer(1...100), required: true),
            FieldRule("note", "Note", .longText(maxLength: 2000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "fromOn", end: "toOn").check(v, into: &errors)
            let targets = ["clusterId", "networkId", "linkageUnitId"].filter { v[$0] != nil }
            if targets.count != 1 { errors.add("clusterId", "name exactly one cluster, network or linkage unit (\(targets.count) given)") }
            return errors
        }
    )
}
