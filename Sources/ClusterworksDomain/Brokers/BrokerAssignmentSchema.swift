/// A broker's assignment to a cluster, a network or a linkage unit for a span of time, with the
/// share of their working time it takes.
public enum BrokerAssignmentSchema {
    public static let schema = RecordSchema(
        type: .brokerAssignment,
        fields: [
            FieldRule("brokerId", L("Broker"), .reference(.broker), required: true),
            FieldRule("clusterId", L("Cluster"), .reference(.cluster)),
            FieldRule("networkId", L("Network"), .reference(.network)),
            FieldRule("linkageUnitId", L("Linkage unit"), .reference(.linkageUnit)),
            FieldRule("fromOn", L("From"), .date, required: true),
            FieldRule("toOn", L("To"), .date),
            FieldRule("timeShare", L("Share of working time (%)"), .integer(1...100), required: true),
            FieldRule("note", L("Note"), .longText(maxLength: 2000)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "fromOn", end: "toOn").check(v, into: &errors)
            let targets = ["clusterId", "networkId", "linkageUnitId"].filter { v[$0] != nil }
            if targets.count != 1 { errors.add("clusterId", L("name exactly one cluster, network or linkage unit (\(targets.count) given)")) }
            return errors
        }
    )
}
