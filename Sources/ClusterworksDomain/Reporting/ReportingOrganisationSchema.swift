/// The organisation that publishes the programme's IATI files: its IATI reference (e.g. XM-DAC-41123),
/// name and IATI organisation type.
public enum ReportingOrganisationSchema {
    public static let types: [ChoiceOption] = [
        ("10", "Government"), ("11", "Local Government"), ("15", "Other Public Sector"), ("21", "International NGO"), ("22", "National NGO"),
        ("23", "Regional NGO"), ("24", "Partner Country based NGO"), ("30", "Public Private Partnership"), ("40", "Multilateral"),
        ("60", "Foundation"), ("70", "Private Sector"), ("71", "Private Sector in Provider Country"), ("72", "Private Sector in Aid Recipient Country"),
        ("73", "Private Sector in Third Country"), ("80", "Academic, Training and Research"), ("90", "Other"),
    ].map { ChoiceOption(value: $0.0, label: .verbatim("\($0.0) \($0.1)")) }

    public static let schema = RecordSchema(
        type: .project,
        fields: [
            FieldRule("reportingOrgRef", L("IATI organisation reference"), .text(maxLength: 100), required: true,
                      help: L("The publisher's IATI identifier, e.g. XM-DAC-41123")),
            FieldRule("reportingOrgName", L("Organisation name"), .text(maxLength: 200), required: true),
            FieldRule("reportingOrgType", L("Organisation type"), .choice(types), required: true),
        ],
        crossRules: { v, _ in
            var errors = ValidationErrors()
            if let ref = v["reportingOrgRef"]?.text, ref.contains(where: { $0.isWhitespace || $0 == "/" }) {
                errors.add("reportingOrgRef", L("must have no spaces or slashes, e.g. XM-DAC-41123"))
            }
            return errors
        }
    )
}
