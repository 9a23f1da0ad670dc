/// A person in a cohort: the modules they attended, where they did their fieldwork, how their
/// assessment came out and whether they were certified.
public enum CohortParticipantSchema {
    public static let schema = RecordSchema(
        type: .cohortParticipant,
        fields: [
            FieldRule("cohortId", "Cohort", .reference(.cohort), required: true),
            FieldRule("personId", "Person", .reference(.person), required: true),
            FieldRule("name", "Name", .text(maxLength: 200), readOnly: true),
            FieldRule("attendedModules", "Modules attended", .textList(maxItems: 40, maxLength: 160), help: "One per line, as the course names them"),
            FieldRule("fieldClusterId", "Fieldwork in cluster", .reference(.cluster), help: "A cluster of one of the programme's projects"),
            FieldRule("fieldNetworkId", "Fieldwork in network", .reference(.network), help: "Or a network of one of the programme's projects"),
            FieldRule("assessment", "Assessment", .choice(AssessmentResult.options), required: true),
            FieldRule("certification", "Certification", .choice(CertificationStatus.options), required: true),
            FieldRule("certifiedOn", "Certified on", .date),
            FieldRule("certifyingBody", "Certified by", .text(maxLength: 200)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["fieldClusterId"] != nil && v["fieldNetworkId"] != nil { errors.add("fieldNetworkId", "give the fieldwork's cluster or its network, not both") }
            let certified = v["certification"]?.text == CertificationStatus.certified.rawValue
            if certified, v["certifiedOn"] == nil { errors.add("certifiedOn", "is required for a certification") }
            if !certified, v["certifiedOn"] != nil { errors.add("certifiedOn", "belongs to a certification: set certification to certified") }
            if let on = v["certifiedOn"]?.date, on > context.today { errors.add("certifiedOn", "cannot be in the future") }
            return errors
        }
    )
}
