/// Two clusters that agree to learn from each other (Fez leather with Santa Croce sull'Arno): they
/// may be in different projects and countries, and one may be outside the programme altogether.
public enum CooperationAgreementSchema {
    public static let schema = RecordSchema(
        type: .cooperationAgreement,
        fields: [
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("clusterId", L("Cluster"), .reference(.cluster), required: true),
            FieldRule("partnerClusterId", L("Partner cluster"), .reference(.cluster), required: true,
                      help: L("May be in another project or country, or outside the programme (a cluster with no project)")),
            FieldRule("purpose", L("Purpose"), .longText(maxLength: 4000), required: true),
            FieldRule("startsOn", L("Starts on"), .date, required: true),
            FieldRule("endsOn", L("Ends on"), .date),
            FieldRule("contactInstitutionId", L("Contact institution"), .reference(.actor)),
            FieldRule("partnerContactInstitutionId", L("Partner's contact institution"), .reference(.actor)),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            DateRangeRule(start: "startsOn", end: "endsOn").check(v, into: &errors)
            if let a = v["clusterId"]?.reference, a == v["partnerClusterId"]?.reference {
                errors.add("partnerClusterId", L("must be another cluster: a cluster does not cooperate with itself"))
            }
            return errors
        }
    )
}
