/// A person in a cohort: the modules they attended, where they did their fieldwork, how their
/// assessment came out and whether they were certified.
public enum CohortParticipantSchema {
    public static let schema = RecordSchema(
        type: .cohortParticipant,
        fields: [
            FieldRule("cohortId", L("Cohort"), .reference(.cohort), required: true),
            FieldRule("personId", L("Person"), .reference(.person), required: true),
            FieldRule("name", L("Name"), .text(maxLength: 200), readOnly: true),
            FieldRule("attendedModules", L("Modules attended"), .textList(maxItems: 40, maxLength: 160), help: L("One per line, as the course names them")),
            FieldRule("fieldClusterId", L("Fieldwork in cluster"), .reference(.cluster), help: L("A cluster of one of the programme's projects")),
            FieldRule("fieldNetworkId", L("Fieldwork in network"), .reference(.network), help: L("Or a network of one of the programme's projects")),
            FieldRule("assessment", L("Assessment"), .choice(AssessmentResult.options), required: true),
            FieldRule("certification", L("Certification"), .choice(CertificationStatus.options), required: true),
            FieldRule("certifiedOn", L("Certified on"), .date),
            FieldRule("certifyingBody", L("Certified by"), .text(maxLength: 200)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            if v["fieldClusterId"] != nil && v["fieldNetworkId"] != nil { errors.add("fieldNetworkId", L("give the fieldwork's cluster or its network, not both")) }
            let certified = v["certification"]?.text == CertificationStatus.certified.rawValue
            if certified, v["certifiedOn"] == nil { errors.add("certifiedOn", L("is required for a certification")) }
            if !certified, v["certifiedOn"] != nil { errors.add("certifiedOn", L("belongs to a certification: set certification to certified")) }
            if let on = v["certifiedOn"]?.date, on > context.today { errors.add("certifiedOn", L("cannot be in the future")) }
            return errors
        }
    )
}
